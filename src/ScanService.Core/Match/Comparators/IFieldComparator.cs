using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>
/// Compares one field of a partner record with everything known about a subject. Rules give weights to the
/// comparator's levels. Which pairs get compared at all is decided by blocking (Match/Blocking).
/// </summary>
public interface IFieldComparator
{
    /// <summary>The field name rule files use, e.g. <c>date_of_birth</c>.</summary>
    string Field { get; }

    /// <summary>Every level this comparator can return, strongest agreement first.</summary>
    IReadOnlyList<string> Levels { get; }

    /// <summary>The strongest level reached against any of the subject's known values.</summary>
    ComparisonOutcome Compare(PersonRecord record, Subject subject);
}
