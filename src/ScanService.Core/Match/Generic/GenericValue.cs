namespace ScanService.Match.Generic;

/// <summary>Why a value was taken out of person links tonight.</summary>
public enum GenericReason
{
    /// <summary>Given by more people than the list's <c>max_people</c>.</summary>
    ManyPeople,

    /// <summary>On the analysts' deny list.</summary>
    Denied,
}

/// <summary>A phone or premises not used as evidence tonight, as the digest lists it for review (masked).</summary>
public sealed record GenericValue(string Kind, string Masked, int People, GenericReason Reason);
