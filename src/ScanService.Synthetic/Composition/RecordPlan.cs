using ScanService.Synthetic.People;
using ScanService.Synthetic.Phones;
using ScanService.Synthetic.Places;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Composition;

/// <summary>What one record will say, decided before any of it is written (and messed up).</summary>
internal sealed class RecordPlan
{
    public Person? Person { get; set; }

    /// <summary>The name to write (the person's own, or an alias); null leaves the name columns empty.</summary>
    public TrueName? Name { get; set; }

    public bool ForenameOnly { get; set; }

    public bool ShowDob { get; set; }

    public List<PhoneNumber> Phones { get; } = [];

    public Premises? Premises { get; set; }

    /// <summary>The business at the premises (labour inspections always name one).</summary>
    public string? Business { get; set; }

    public string? Email { get; set; }

    /// <summary>Set when the record is about this subject themselves.</summary>
    public Subject? Subject { get; set; }

    public bool IsIdentifiable => Name is not null || Phones.Count > 0 || Premises is not null || Email is not null;

    public void Reset()
    {
        Person = null;
        Name = null;
        ForenameOnly = false;
        ShowDob = false;
        Phones.Clear();
        Premises = null;
        Business = null;
        Email = null;
        Subject = null;
    }
}
