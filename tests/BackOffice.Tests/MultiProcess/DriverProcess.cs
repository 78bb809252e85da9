using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BackOffice.Tests.MultiProcess;

/// <summary>
/// A second portal process (tests/BackOffice.Driver): the portal's real services on the test's database, driven one
/// command per line. Every line sent is first appended to a durable log (flushed to disk), every answer to another, so
/// after a <c>kill -9</c> the test knows which commands were sent and never answered.
/// </summary>
public sealed class DriverProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _sentLog;
    private readonly StringBuilder _errors = new();

    private DriverProcess(Process process, StreamWriter sentLog)
    {
        _process = process;
        _sentLog = sentLog;
    }

    public int Pid => _process.Id;

    /// <summary>The driver's stderr so far (its retries after a lost connection are written there).</summary>
    public string Errors
    {
        get { lock (_errors) return _errors.ToString(); }
    }

    /// <summary>The driver's dll beside this test assembly's folder (same configuration): the test project builds it first.</summary>
    public static string DllPath()
    {
        var testDir = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var path = Path.Combine(testDir.Replace($"{Path.DirectorySeparatorChar}BackOffice.Tests{Path.DirectorySeparatorChar}",
            $"{Path.DirectorySeparatorChar}BackOffice.Driver{Path.DirectorySeparatorChar}", StringComparison.Ordinal), "BackOffice.Driver.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build tests/BackOffice.Driver first: {path} is missing.");
    }

    public static async Task<DriverProcess> StartAsync(DatabaseOptions database, string sentLogPath)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add(DllPath());
        info.ArgumentList.Add("--provider");
        info.ArgumentList.Add(database.Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite");
        info.ArgumentList.Add("--data-folder");
        info.ArgumentList.Add(database.ResolvedDataFolder());
        if (database.Provider == DatabaseProvider.Postgres)
        {
            info.ArgumentList.Add("--connection");
            info.ArgumentList.Add(database.ConnectionString!);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("The driver did not start.");
        var sentLog = new StreamWriter(new FileStream(sentLogPath, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
        var driver = new DriverProcess(process, sentLog);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (driver._errors) driver._errors.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        var ready = await ReadLineAsync(process, TimeSpan.FromMinutes(2));
        if (ready is null || !ready.StartsWith("ready\t", StringComparison.Ordinal))
            throw new InvalidOperationException($"The driver did not get ready: '{ready}' {driver.Errors}");
        return driver;
    }

    private static async Task<string?> ReadLineAsync(Process process, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await process.StandardOutput.ReadLineAsync(cts.Token);
    }

    /// <summary>Logs the command durably (flushed to disk), then sends it.</summary>
    public async Task SendAsync(DriverCommand command)
    {
        var line = command.Line;
        await _sentLog.WriteLineAsync(line);
        await _sentLog.FlushAsync();
        ((FileStream)_sentLog.BaseStream).Flush(flushToDisk: true);
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>The next answer, or null when the process is gone (killed, or its output ended).</summary>
    public async Task<DriverResult?> ReceiveAsync()
    {
        string? line;
        try
        {
            line = await ReadLineAsync(_process, TimeSpan.FromMinutes(3));
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The driver did not answer within 3 minutes. {Errors}");
        }
        return line is null ? null : DriverResult.Parse(line);
    }

    /// <summary>Sends one command and waits for its answer.</summary>
    public async Task<DriverResult> RunAsync(DriverCommand command)
    {
        await SendAsync(command);
        return await ReceiveAsync() ?? throw new InvalidOperationException($"The driver ended without answering {command.Line}. {Errors}");
    }

    /// <summary><c>kill -9</c>: SIGKILL, no clean-up in the driver (Process.Kill sends SIGKILL on Linux).</summary>
    public void KillHard()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await _process.StandardInput.WriteLineAsync("quit");
                await _process.StandardInput.FlushAsync();
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException)
            {
                KillHard();
            }
        }
        _process.Dispose();
        await _sentLog.DisposeAsync();
    }
}

/// <summary>One command line: <c>seq TAB action TAB actor TAB key [TAB arg]...</c> (see the driver's CommandRunner).</summary>
public sealed record DriverCommand(long Seq, string Action, string Actor, string Key, params string[] Args)
{
    public string Line => string.Join('\t', new[] { Seq.ToString(CultureInfo.InvariantCulture), Action, Actor, Key }.Concat(Args));
}

/// <summary>One answer: <c>ok</c> with a detail (a business number), <c>refused</c> with the Korean message, or <c>error</c>.</summary>
public sealed record DriverResult(long Seq, string Outcome, string Detail)
{
    public bool Ok => Outcome == "ok";

    public static DriverResult Parse(string line)
    {
        var parts = line.Split('\t', 3);
        return new DriverResult(long.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts.Length > 2 ? parts[2] : "");
    }
}
