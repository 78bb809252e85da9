using System.Globalization;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// The seed's progress on stderr: members done / N, members per second and the time left. On a terminal one line is
/// redrawn (a bar); otherwise (a log file, CI, a test's writer) one plain line per batch.
/// </summary>
internal sealed class SeedProgress
{
    private const int BarWidth = 30;
    private readonly TextWriter _output;
    private readonly int _start;
    private readonly int _total;
    private readonly bool _terminal;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private bool _drawn;

    public SeedProgress(TextWriter output, int start, int total)
    {
        _output = output;
        _start = start;
        _total = total;
        _terminal = ReferenceEquals(output, Console.Error) && !Console.IsErrorRedirected;
        if (start > 0 && start < total)
            Write($"seed-demo: {start.ToString("N0", CultureInfo.InvariantCulture)} members already there, continuing", newLine: true);
        else if (start >= total)
            Write($"seed-demo: {start.ToString("N0", CultureInfo.InvariantCulture)} demo members already there, nothing to add", newLine: true);
    }

    public void Report(int done)
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var rate = (done - _start) / seconds;
        var left = rate > 0 ? TimeSpan.FromSeconds((_total - done) / rate) : TimeSpan.Zero;
        var fraction = _total == 0 ? 1 : (double)done / _total;
        var filled = (int)Math.Round(fraction * BarWidth);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{done,11:N0} / {_total:N0} members  {fraction,6:P1}  {rate,7:N0}/s  ETA {(int)left.TotalMinutes}m{left.Seconds:D2}s  elapsed {(int)_clock.Elapsed.TotalMinutes}m{_clock.Elapsed.Seconds:D2}s");
        Write(_terminal ? $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {line}" : $"seed-demo: {line}", newLine: !_terminal);
    }

    public void End()
    {
        if (_terminal && _drawn) _output.WriteLine();
        _drawn = false;
    }

    private void Write(string text, bool newLine)
    {
        if (newLine)
        {
            if (_terminal && _drawn) _output.WriteLine();
            _output.WriteLine(text);
            _drawn = false;
        }
        else
        {
            _output.Write("\r" + text + "\u001b[K");
            _drawn = true;
        }
        _output.Flush();
    }
}
