using System.Diagnostics;
using System.Globalization;

namespace StaticKpi.Build;

/// <summary>
/// How long each stage of a build took, and what the garbage collector did meanwhile: <c>statickpi build --timings</c>
/// prints it, and the stage benchmark repeats builds with it. Stages are timed one after the other on the calling
/// thread, so their times add up to the build's; a stage may use every core.
/// </summary>
public sealed class BuildTimings
{
    /// <summary>Each stage's wall time, and the processor time of the whole process meanwhile (every core's).</summary>
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly int _gen2 = GC.CollectionCount(2);
    private readonly TimeSpan _pauses = GC.GetTotalPauseDuration();
    private readonly long _allocated = GC.GetTotalAllocatedBytes();

    private readonly List<string> _notes = [];

    /// <summary>Adds a line said after the stages, such as what the build cache saved.</summary>
    public void Note(string note) => _notes.Add("  " + note);

    /// <summary>Ends the current stage, naming it.</summary>
    public void Lap(string stage)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _stages.Add((stage, _clock.Elapsed, cpu - _cpu));
        _cpu = cpu;
        _clock.Restart();
    }

    /// <summary>One line per stage, then the total and the collector's work, for people to read.</summary>
    public string Describe()
    {
        var lines = _stages.Select(s => Line(s.Stage, s.Elapsed, s.Cpu)).ToList();
        lines.Add(Line("total",
            _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed),
            _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Cpu)));
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"  GC: {GC.CollectionCount(0) - _gen0} collections ({GC.CollectionCount(2) - _gen2} full), " +
            $"{(GC.GetTotalPauseDuration() - _pauses).TotalMilliseconds:0} ms paused, " +
            $"{(GC.GetTotalAllocatedBytes() - _allocated) / (1024.0 * 1024):0} MiB allocated"));
        return string.Join(Environment.NewLine, lines.Concat(_notes));
    }

    private static string Line(string stage, TimeSpan elapsed, TimeSpan cpu) =>
        string.Create(CultureInfo.InvariantCulture, $"  {stage,-10} {elapsed.TotalMilliseconds,8:0} ms wall {cpu.TotalMilliseconds,8:0} ms CPU");
}
