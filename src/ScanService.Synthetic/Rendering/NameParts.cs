using ScanService.Synthetic.Names;

namespace ScanService.Synthetic.Rendering;

/// <summary>One word of a name on its way into a record, remembering which name it spells.</summary>
internal sealed class NameToken(NameEntry entry)
{
    public NameEntry Entry { get; } = entry;

    public string Text { get; set; } = entry.Native;
}

/// <summary>The words a record puts in its forename and surname fields, before spelling and case.</summary>
internal sealed class NameParts
{
    public List<NameToken> Fore { get; } = [];

    public List<NameToken> Sur { get; } = [];

    /// <summary>Joins surname words: a space, or a hyphen for double-barrelled names.</summary>
    public string SurnameJoiner { get; set; } = " ";

    public IEnumerable<NameToken> All => Fore.Concat(Sur);
}
