namespace ScanService.Synthetic.Names;

/// <summary>How a culture builds a full name, which decides how UK systems split and mangle it.</summary>
internal enum NameStructure
{
    /// <summary>Given name(s), optional middle names, family name (British, Polish, Albanian …).</summary>
    Western,

    /// <summary>Family name first, then a one- or two-syllable given name (Chinese: WANG Wei).</summary>
    FamilyFirst,

    /// <summary>Family name, middle name, given name (Nguyễn Văn Minh); the middle often carries gender.</summary>
    Vietnamese,

    /// <summary>Given name, father's given name, grandfather's given name; no family name (Eritrea, Ethiopia, Sudan).</summary>
    Patronymic,

    /// <summary>Given name(s) and two family names (García Fernández, Silva Santos).</summary>
    DoubleSurname,
}
