using ScanService.Synthetic.Names;
using ScanService.Synthetic.Phones;

namespace ScanService.Synthetic.World;

internal sealed class Investigation
{
    public required int Index { get; init; }

    public required string Ref { get; init; }

    public required string OperationName { get; init; }

    public required bool IsOpen { get; init; }

    public required Theme Theme { get; init; }

    public required string Team { get; init; }

    public required string Officer { get; init; }

    public required DateOnly OpenedOn { get; init; }

    /// <summary>The town the network works in; most of its premises and subjects are there.</summary>
    public required int Town { get; init; }

    /// <summary>The cultures most of its subjects come from (networks recruit from their own communities).</summary>
    public required Culture[] Cultures { get; init; }

    /// <summary>Houses, flats and businesses where several of its subjects live or work.</summary>
    public List<SubjectAddress> Premises { get; } = [];

    /// <summary>Controllers' phones that victims also give as their own.</summary>
    public List<PhoneNumber> SharedPhones { get; } = [];

    public string Status => IsOpen ? "open" : "closed";
}
