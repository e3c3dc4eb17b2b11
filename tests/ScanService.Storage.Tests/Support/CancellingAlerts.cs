using System.Collections;
using ScanService.Model;

namespace ScanService.Storage.Tests.Support;

/// <summary>
/// Alerts that cancel the given token once the store has taken <paramref name="cancelAfter"/> of them: a
/// cancellation that lands exactly in the middle of writing a night.
/// </summary>
public sealed class CancellingAlerts(IReadOnlyList<LinkAlert> alerts, int cancelAfter, CancellationTokenSource cancellation)
    : IReadOnlyList<LinkAlert>
{
    public int Count => alerts.Count;

    public LinkAlert this[int index]
    {
        get
        {
            CancelIfPast(index);
            return alerts[index];
        }
    }

    public IEnumerator<LinkAlert> GetEnumerator()
    {
        for (var i = 0; i < alerts.Count; i++)
        {
            CancelIfPast(i);
            yield return alerts[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void CancelIfPast(int index)
    {
        if (index >= cancelAfter)
        {
            cancellation.Cancel();
        }
    }
}
