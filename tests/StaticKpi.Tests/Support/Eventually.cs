namespace StaticKpi.Tests.Support;

/// <summary>Polls until a probe gives a value, for what a server does in the background.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<T> Async<T>(Func<Task<T?>> probe, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }

    public static Task<T> Async<T>(Func<T?> probe, string what) => Async(() => Task.FromResult(probe()), what);
}
