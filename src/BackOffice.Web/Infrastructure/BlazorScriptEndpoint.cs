using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace BackOffice.Web.Infrastructure;

/// <summary>
/// Serves _framework/blazor.web.js from the 9.0.22 runtime pack assembly that the build embeds
/// (build/BlazorScript.targets), because the SDK's own asset package is missing from the registry here.
/// </summary>
public static class BlazorScriptEndpoint
{
    private const string SourceResource = "BackOffice.BlazorScript.Source.dll";
    private const string ScriptSuffix = "blazor.web.js";

    public static void MapBlazorScript(this IEndpointRouteBuilder endpoints)
    {
        var script = ReadScript();
        if (script is null) return; // Built with UseSdkBlazorScript=true: the SDK serves the script.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(script))[..16]}\"");
        endpoints.MapGet("/_framework/blazor.web.js", () => Results.Bytes(script, "text/javascript", entityTag: etag))
            .AllowAnonymous();
    }

    /// <summary>Reads the script resource out of the embedded assembly without loading it (it targets .NET 9).</summary>
    public static byte[]? ReadScript()
    {
        using var source = typeof(BlazorScriptEndpoint).Assembly.GetManifestResourceStream(SourceResource);
        if (source is null) return null;
        using var pe = new PEReader(source, PEStreamOptions.PrefetchEntireImage);
        var metadata = pe.GetMetadataReader();
        var resourcesRva = pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress;
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!metadata.GetString(resource.Name).EndsWith(ScriptSuffix, StringComparison.Ordinal)) continue;
            var reader = pe.GetSectionData(resourcesRva + (int)resource.Offset).GetReader();
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }
        throw new InvalidOperationException($"{ScriptSuffix} is not in the embedded runtime-pack assembly.");
    }
}
