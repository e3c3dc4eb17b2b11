using ScanService.Model;

namespace ScanService.Match;

/// <summary>
/// What the score ceiling's first questions need of a subject, in one small struct per subject held in an array:
/// the date of birth (when there is exactly one) and whether any phone, identifier or address is known. Most
/// candidate pairs are settled on these without reaching into the subject's lists, each a separate object in memory.
/// </summary>
internal readonly record struct SubjectSummary(DateOfBirth OnlyDateOfBirth, int DatesOfBirth, bool HasPhones, bool HasIdentifiers, bool HasAddresses)
{
    public static SubjectSummary Of(Subject subject) => new(
        subject.DatesOfBirth.Count == 1 ? subject.DatesOfBirth[0] : default,
        subject.DatesOfBirth.Count,
        subject.Phones.Count > 0,
        subject.Identifiers.Count > 0,
        subject.Addresses.Count > 0);
}
