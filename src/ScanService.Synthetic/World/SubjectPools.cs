using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.World;

/// <summary>Subjects to draw records about: by role and activity for links, uniformly for decoys.</summary>
internal sealed class SubjectPools
{
    private readonly WeightedPool<Subject>?[] _openByRole;

    public SubjectPools(IReadOnlyList<Subject> subjects)
    {
        Open = [.. subjects.Where(s => s.IsOpen)];
        ClosedOnly = [.. subjects.Where(s => !s.IsOpen)];
        _openByRole = [.. Enum.GetValues<SubjectRole>().Select(role =>
        {
            var members = Open.Where(s => s.MainRole == role).Select(s => (s, s.Activity)).ToList();
            return members.Count == 0 ? null : new WeightedPool<Subject>(members);
        })];
    }

    public IReadOnlyList<Subject> Open { get; }

    /// <summary>Subjects whose every investigation is closed: records about them must never be links.</summary>
    public IReadOnlyList<Subject> ClosedOnly { get; }

    /// <summary>An open subject, the role chosen by the source's weights (NRM sees victims, police suspects).</summary>
    public Subject? PickForLink(Random random, ReadOnlySpan<double> roleWeights)
    {
        Span<double> weights = stackalloc double[_openByRole.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = _openByRole[i] is null ? 0 : roleWeights[i];
        }

        var any = false;
        foreach (var w in weights)
        {
            any |= w > 0;
        }

        return any ? _openByRole[random.PickIndex(weights)]!.Pick(random) : Open.Count > 0 ? random.Pick(Open) : null;
    }
}
