namespace ScanService.Synthetic.Composition;

/// <summary>Who a true-link record is about.</summary>
internal enum Persona
{
    /// <summary>The subject themselves, under their own name (or alias).</summary>
    Self,

    /// <summary>A family member living at the subject's premises: a premises link, not a person link.</summary>
    Relative,

    /// <summary>Someone else giving the subject's phone (a victim calling from the controller's phone).</summary>
    PhoneUser,

    /// <summary>A worker or manager at the subject's workplace.</summary>
    Workplace,
}

/// <summary>Near misses: records built to look like a link to a subject and not be one.</summary>
public enum DecoyKind
{
    SameNameDifferentPerson,
    SameNameNoDateOfBirth,
    SameSurnameAndBirthDifferentForename,
    SameBirthDifferentName,
    SameNameSameBirthYear,
    NeighbouringHouseNumber,
    SameBuildingOtherFlat,
    PhoneOneDigitOff,
    ClosedInvestigationSubject,
}
