using System.Buffers;
using MessagePack;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace BackOffice.Load;

/// <summary>
/// The circuit hub's protocol: SignalR's MessagePack protocol under the name "blazorpack". The server's calls
/// (<c>JS.RenderBatch</c>, <c>JS.BeginInvokeJS</c>, …) are read here without a binder, their arguments as plain
/// values, because their argument counts change between framework versions and the client only needs a few of them;
/// everything else (completions, pings, what the client sends) is the MessagePack protocol itself.
/// </summary>
public sealed class BlazorPackProtocol : IHubProtocol
{
    private readonly MessagePackHubProtocol _inner = new();

    public string Name => "blazorpack";
    public int Version => 1;
    public TransferFormat TransferFormat => TransferFormat.Binary;
    public bool IsVersionSupported(int version) => version == 1;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HubMessage? message)
    {
        message = null;
        if (!TryReadLength(input, out var length, out var prefix) || input.Length < prefix + length) return false;
        var payload = input.Slice(prefix, length);
        var reader = new MessagePackReader(payload);
        reader.ReadArrayHeader();
        var type = reader.ReadInt32();
        if (type != HubProtocolConstants.InvocationMessageType)
            return _inner.TryParseMessage(ref input, binder, out message);

        reader.Skip(); // headers
        var invocationId = reader.TryReadNil() ? null : reader.ReadString();
        var target = reader.ReadString()!;
        var count = reader.ReadArrayHeader();
        var arguments = new object?[count];
        for (var i = 0; i < count; i++) arguments[i] = ReadValue(ref reader);
        message = new InvocationMessage(invocationId, target, arguments);
        input = input.Slice(prefix + length);
        return true;
    }

    private static object? ReadValue(ref MessagePackReader reader)
    {
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Nil: reader.ReadNil(); return null;
            case MessagePackType.Integer: return reader.ReadInt64();
            case MessagePackType.Boolean: return reader.ReadBoolean();
            case MessagePackType.String: return reader.ReadString();
            case MessagePackType.Binary: return reader.ReadBytes()?.ToArray();
            case MessagePackType.Float: return reader.ReadDouble();
            default: reader.Skip(); return null;
        }
    }

    private static bool TryReadLength(ReadOnlySequence<byte> input, out int length, out int prefix)
    {
        length = 0;
        prefix = 0;
        var reader = new SequenceReader<byte>(input);
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (!reader.TryRead(out var b)) return false;
            prefix++;
            length |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return true;
        }
        throw new InvalidDataException("Message length prefix too long.");
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(message);
}
