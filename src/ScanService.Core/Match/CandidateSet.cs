namespace ScanService.Match;

/// <summary>
/// The subjects offered for one record, each once, in the order first offered. Membership is a stamp per subject
/// rather than a hash set: starting the next record is one increment, where clearing a set that once held a
/// large block would wipe its whole capacity for every record after it.
/// </summary>
public sealed class CandidateSet
{
    private readonly int[] _stampOf;
    private readonly List<int> _members = [];
    private int _stamp = 1;

    public CandidateSet(int subjects) => _stampOf = new int[subjects];

    public int Count => _members.Count;

    public IReadOnlyList<int> Members => _members;

    /// <summary>The members as a span: the matcher reads them for every record without an enumerator.</summary>
    public ReadOnlySpan<int> MemberSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_members);

    public void StartRecord()
    {
        _members.Clear();
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stampOf);
            _stamp = 1;
        }
    }

    public void AddRange(int[] subjects)
    {
        foreach (var subject in subjects)
        {
            if (_stampOf[subject] != _stamp)
            {
                _stampOf[subject] = _stamp;
                _members.Add(subject);
            }
        }
    }
}
