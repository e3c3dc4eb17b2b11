namespace ScanService.Notify;

/// <summary>
/// What operators are told when a night did not go as it should: a failed run, a digest not delivered, or
/// expected sources that never arrived. References and reasons only, never personal data.
/// </summary>
public sealed record FailureNotice(DateOnly RunDate, long? RunId, string? Reason, IReadOnlyList<string> MissingSources)
{
    public bool RunFailed => Reason is not null;
}

/// <summary>Tells operators about a <see cref="FailureNotice"/> (email to the operator address).</summary>
public interface IFailureNotifier
{
    Task NotifyAsync(FailureNotice notice, CancellationToken cancellationToken);
}
