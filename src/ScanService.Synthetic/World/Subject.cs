using ScanService.Synthetic.People;
using ScanService.Synthetic.Phones;

namespace ScanService.Synthetic.World;

internal enum SubjectRole
{
    Suspect,
    Victim,
    Associate,
}

/// <summary>How the subject's date of birth is held on the investigation's records.</summary>
internal enum RecordedBirth
{
    Exact,

    /// <summary>Only an estimate: 1 January of a year near the real one.</summary>
    Estimated,

    Missing,
}

internal readonly record struct Membership(Investigation Investigation, SubjectRole Role);

/// <summary>A subject of one or more investigations, with everything the unit knows about them.</summary>
internal sealed class Subject
{
    public required int Id { get; init; }

    public required string Ref { get; init; }

    public required Person Person { get; init; }

    public List<Membership> Memberships { get; } = [];

    public List<SubjectAddress> Addresses { get; } = [];

    public List<PhoneNumber> Phones { get; } = [];

    public string? Email { get; set; }

    /// <summary>Another name the subject is known by, recorded on a second row.</summary>
    public TrueName? Alias { get; set; }

    public RecordedBirth RecordedBirth { get; set; }

    /// <summary>The year recorded when the date of birth is only estimated (may be a year out).</summary>
    public int EstimatedYear { get; set; }

    /// <summary>How often partner records mention this subject; a few active subjects turn up again and again.</summary>
    public double Activity { get; set; } = 1;

    public SubjectRole MainRole => Memberships[0].Role;

    public bool IsOpen => Memberships.Exists(m => m.Investigation.IsOpen);

    public IEnumerable<Investigation> OpenInvestigations =>
        Memberships.Where(m => m.Investigation.IsOpen).Select(m => m.Investigation).Distinct();
}
