using ScanService.Synthetic.Names;

namespace ScanService.Synthetic.People;

/// <summary>
/// A person's name as they would write it themselves, with its parts kept apart so that each record can
/// split, reorder, drop or respell them the way a different system or officer would.
/// </summary>
internal sealed class TrueName
{
    /// <summary>Given names in order; with <see cref="HasPrefix"/>, the first is a devotional prefix (Muhammad).</summary>
    public required NameEntry[] Given { get; init; }

    public NameEntry[] Middle { get; init; } = [];

    /// <summary>Family names in their gendered form; two for double surnames and double-barrelled names.</summary>
    public NameEntry[] Family { get; init; } = [];

    /// <summary>The surnames behind <see cref="Family"/>, so relatives get the right form of the same name.</summary>
    public Surname[] FamilySource { get; init; } = [];

    /// <summary>Father's then grandfather's given name (patronymic cultures).</summary>
    public NameEntry[] Patronyms { get; init; } = [];

    /// <summary>A double-barrelled British name (Smith-Jones) rather than two separate surnames.</summary>
    public bool Hyphenated { get; init; }

    public bool HasPrefix { get; init; }

    /// <summary>The given name the person goes by (after any devotional prefix).</summary>
    public NameEntry CallName => HasPrefix && Given.Length > 1 ? Given[1] : Given[0];

    /// <summary>The name's first family part, or the father's name where there is no family name.</summary>
    public NameEntry? MainFamily => Family.Length > 0 ? Family[0] : Patronyms.Length > 0 ? Patronyms[0] : null;

    public override string ToString() =>
        string.Join(' ', Given.Concat(Middle).Concat(Family).Concat(Patronyms).Select(e => e.Native));
}
