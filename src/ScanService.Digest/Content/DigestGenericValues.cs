using System.Globalization;
using ScanService.Match.Generic;

namespace ScanService.Digest.Content;

/// <summary>
/// The phones and premises taken out of person links tonight, as a digest section for the analysts' review: an
/// address wrongly treated as a hostel hides links, so each is listed (masked) with how many people gave it and why.
/// </summary>
internal static class DigestGenericValues
{
    public const string ListFile = "scan-rules/lists/generic-values.yaml";

    public static DigestFindingSection? Build(IReadOnlyList<GenericValue> values, int maxShown)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var shown = values.Take(maxShown)
            .Select(v => new DigestFinding(0, v.Masked, ListFile,
            [
                new DigestField("People", v.People.ToString(CultureInfo.InvariantCulture)),
                new DigestField("Why", v.Reason == GenericReason.Denied ? "on the deny list" : "given by more people than max_people"),
            ]))
            .ToList();
        return new DigestFindingSection(
            "Generic values",
            "Phones and premises given by so many people (or denied by an analyst) that they were not used to link anyone tonight. " +
            "If one is a real lead, put it on the allow list in " + ListFile + ".",
            [new DigestFindingGroup("Not used for links tonight", shown, values.Count - shown.Count)])
        {
            ExportKind = string.Empty,
        };
    }
}
