namespace ScanService.Tests.Support;

/// <summary>Polls a condition until it holds or the time is up: waiting on a fact, never on a guess of how long something takes.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> whatFailed)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not true within {timeout.TotalSeconds:0} s: {whatFailed()}");
            }

            await Task.Delay(Interval);
        }
    }
}
