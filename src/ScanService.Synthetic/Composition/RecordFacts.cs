using ScanService.Synthetic.Places;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Composition;

/// <summary>What a written record actually shows, whatever the mess: the input to the truth.</summary>
internal sealed class RecordFacts
{
    public Subject? Subject { get; set; }

    /// <summary>Both a forename and a surname were written (in any order or spelling).</summary>
    public bool FullName { get; set; }

    public bool DobShown { get; set; }

    public List<string> Phones { get; } = [];

    public Premises? Premises { get; set; }

    public void Clear()
    {
        Subject = null;
        FullName = false;
        DobShown = false;
        Phones.Clear();
        Premises = null;
    }
}
