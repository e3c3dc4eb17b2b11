using ScanService.Synthetic.People;
using ScanService.Synthetic.Rendering;

namespace ScanService.Synthetic.Sources;

/// <summary>
/// The six partner sources, each with its own flavour (after the bundled sample night): NRM referrals carry a
/// name, an estimated date of birth and a nationality; police intelligence has full_name only; labour
/// inspections are about premises; benefit claims are complete; helpline reports are partial. Any other source
/// name gets the mixed local-authority flavour.
/// </summary>
internal static class SourceProfiles
{
    public static SourceProfile For(string name, DateOnly runDate)
    {
        var yy = (runDate.Year % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        return name switch
        {
            "nrm-referrals" => Nrm(name, yy),
            "labour-inspections" => Labour(name, yy),
            "police-intelligence" => Police(name, yy),
            "benefit-claims" => Benefit(name),
            "helpline-reports" => Helpline(name, runDate),
            "la-safeguarding" => LocalAuthority(name, $"LA-SG-{runDate.Year}-"),
            _ => LocalAuthority(name, name.ToUpperInvariant() + "-"),
        };
    }

    private static SourceProfile Nrm(string name, string yy) => new()
    {
        Name = name,
        Kind = SourceKind.Nrm,
        Share = 0.08,
        Columns = [Column.RecordId, Column.RecordDate, Column.Forename, Column.Surname, Column.DateOfBirth, Column.Nationality, Column.Gender,
            Column.Address, Column.Postcode, Column.Phone, Column.Email, Column.ReferralType, Column.ExploitationType, Column.FirstResponder],
        IdPrefix = $"NRM-{yy}-",
        IdDigits = 6,
        Presence = new(Name: 0.99, Dob: 0.93, Phone: 0.18, SecondPhone: 0.05, Address: 0.25, Email: 0.03, Nationality: 0.98, Gender: 0.95),
        Names = new() { Variant = 0.2, Nickname = 0.03, Typo = 0.07, DropDiacritics = 0.5, Swap = 0.06, MiddleKept = 0.3, UpperSurname = 0.25, AllCaps = 0.05 },
        Dob = new() { Primary = DobFormat.DaySlashMonth, Estimated = 0.5, YearOnlyShare = 0.35, Transposed = 0.04, DigitOff = 0.02, YearOff = 0.02 },
        Ages = new AgeBand(14, 55),
        Links = new() { Personas = [92, 3, 5, 0], Person = 0.97, Phone = 0.15, Premises = 0.15, Roles = [10, 85, 5] },
        Decoys = [28, 8, 18, 8, 15, 5, 5, 5, 8],
    };

    private static SourceProfile LocalAuthority(string name, string prefix) => new()
    {
        Name = name,
        Kind = SourceKind.LocalAuthority,
        Share = 0.15,
        Columns = [Column.RecordId, Column.RecordDate, Column.Forename, Column.Surname, Column.DateOfBirth, Column.Gender, Column.Nationality,
            Column.Address, Column.Postcode, Column.Phone, Column.NiNumber, Column.Email, Column.ReferralType, Column.Notes],
        NiNumber = 0.08,
        IdPrefix = prefix,
        IdDigits = 5,
        RecordDate = RecordDateStyle.LocalDateTime,
        Presence = new(Name: 0.97, Dob: 0.85, Phone: 0.45, SecondPhone: 0.08, Address: 0.75, Email: 0.15, Nationality: 0.7, Gender: 0.95),
        Names = new() { Variant = 0.15, Nickname = 0.08, Typo = 0.05, DropDiacritics = 0.55, Swap = 0.04, MiddleKept = 0.35, UpperSurname = 0.08, AllCaps = 0.04 },
        Dob = new() { Primary = DobFormat.Iso, Estimated = 0.08, Transposed = 0.05, DigitOff = 0.03, YearOff = 0.02 },
        Phones = new() { LostZero = 0.07 },
        Addresses = new() { MultiLine = 0.02 },
        Ages = AgeBand.Anyone,
        Links = new() { Personas = [80, 12, 8, 0], Person = 0.8, Phone = 0.35, Premises = 0.45, Roles = [20, 70, 10] },
    };

    private static SourceProfile Labour(string name, string yy) => new()
    {
        Name = name,
        Kind = SourceKind.Labour,
        Share = 0.10,
        Columns = [Column.RecordId, Column.RecordDate, Column.BusinessName, Column.BusinessType, Column.Address, Column.Postcode, Column.Phone,
            Column.Forename, Column.Surname, Column.DateOfBirth, Column.Nationality, Column.Gender, Column.Email, Column.WorkersPresent, Column.Notes],
        IdPrefix = $"GLAA-INS-{yy}-",
        IdDigits = 4,
        Presence = new(Name: 0.4, Dob: 0.6, Phone: 0.6, SecondPhone: 0.05, Address: 1.0, Email: 0.05, Nationality: 0.9, Gender: 0.9),
        Names = new() { Variant = 0.15, Nickname = 0.05, Typo = 0.08, DropDiacritics = 0.6, Swap = 0.06, MiddleKept = 0.2, UpperSurname = 0.2, AllCaps = 0.05 },
        Dob = new() { Primary = DobFormat.DayDotMonth, Estimated = 0.1, Transposed = 0.04, DigitOff = 0.03, YearOff = 0.02 },
        Phones = new() { LostZero = 0.07 },
        Addresses = new() { Postcode = 0.85, BusinessPrefix = 0.35 },
        Ages = new AgeBand(18, 65),
        Links = new() { Personas = [40, 5, 5, 50], Person = 0.6, Phone = 0.45, Premises = 0.75, Roles = [45, 40, 15] },
        Decoys = [3, 1, 2, 1, 1, 35, 20, 20, 17],
    };

    private static SourceProfile Police(string name, string yy) => new()
    {
        Name = name,
        Kind = SourceKind.Police,
        Share = 0.22,
        Columns = [Column.RecordId, Column.RecordDate, Column.FullName, Column.DateOfBirth, Column.Gender, Column.Nationality, Column.Address,
            Column.Postcode, Column.Phone, Column.NiNumber, Column.Email, Column.Grading, Column.Notes],
        NiNumber = 0.12,
        IdPrefix = $"INT-{yy}-",
        IdDigits = 6,
        RecordDate = RecordDateStyle.UtcDateTime,
        Presence = new(Name: 0.96, Dob: 0.75, Phone: 0.5, SecondPhone: 0.15, Address: 0.4, Email: 0.05, Nationality: 0.8, Gender: 0.95),
        FullNameStyles = [15, 20, 25, 30, 5, 5],
        Names = new() { Variant = 0.2, Nickname = 0.1, Typo = 0.08, DropDiacritics = 0.7, Swap = 0.05, MiddleKept = 0.4 },
        Dob = new() { Primary = DobFormat.Compact, Estimated = 0.05, Transposed = 0.05, DigitOff = 0.03, YearOff = 0.02 },
        Phones = new() { Formats = [30, 14, 8, 14, 10, 6, 6, 4, 8], LostZero = 0.06 },
        Addresses = new() { Upper = 0.15 },
        Ages = new AgeBand(16, 70),
        Links = new() { Personas = [85, 4, 11, 0], Person = 0.85, Phone = 0.5, Premises = 0.3, Roles = [60, 15, 25] },
    };

    private static SourceProfile Benefit(string name) => new()
    {
        Name = name,
        Kind = SourceKind.Benefit,
        Share = 0.30,
        Columns = [Column.RecordId, Column.RecordDate, Column.ClaimType, Column.Forename, Column.Surname, Column.DateOfBirth, Column.Gender,
            Column.Nationality, Column.Address, Column.Postcode, Column.Phone, Column.NiNumber, Column.Email],
        NiNumber = 0.96,
        IdPrefix = "DWP-UC-",
        IdDigits = 7,
        Presence = new(Name: 1.0, Dob: 0.995, Phone: 0.9, SecondPhone: 0.05, Address: 0.99, Email: 0.4, Nationality: 0.9, Gender: 0.99),
        Names = new() { Variant = 0.08, Nickname = 0.03, Typo = 0.03, DropDiacritics = 0.4, Swap = 0.02, MiddleKept = 0.5, UpperSurname = 0.12, AllCaps = 0.03 },
        Dob = new() { Primary = DobFormat.DayNamedMonth, Estimated = 0.01, Transposed = 0.03, DigitOff = 0.015, YearOff = 0.01 },
        Phones = new() { LostZero = 0.03 },
        Addresses = new() { Postcode = 0.97, TownShown = 0.9, FlatDropped = 0.02 },
        Ages = new AgeBand(18, 85),
        Links = new() { Personas = [85, 12, 3, 0], Person = 0.95, Phone = 0.45, Premises = 0.5, Roles = [35, 45, 20] },
    };

    private static SourceProfile Helpline(string name, DateOnly runDate) => new()
    {
        Name = name,
        Kind = SourceKind.Helpline,
        Share = 0.15,
        Columns = [Column.RecordId, Column.RecordDate, Column.ReportType, Column.FullName, Column.DateOfBirth, Column.Gender, Column.Nationality,
            Column.Address, Column.Postcode, Column.Phone, Column.Email, Column.Notes],
        IdPrefix = $"MSH-{runDate:yyMM}-",
        IdDigits = 4,
        CrLf = true,
        RecordDate = RecordDateStyle.OffsetDateTime,
        Presence = new(Name: 0.55, Dob: 0.15, Phone: 0.75, SecondPhone: 0.1, Address: 0.4, Email: 0.04, Nationality: 0.3, Gender: 0.3),
        FullNameStyles = [70, 10, 5, 3, 2, 10],
        ForenameOnly = 0.5,
        Names = new() { Variant = 0.25, Nickname = 0.15, Typo = 0.1, DropDiacritics = 0.8, Swap = 0.05, MiddleKept = 0.1 },
        Dob = new() { Primary = DobFormat.ShortDaySlashMonth, Estimated = 0.45, YearOnlyShare = 0.6 },
        Phones = new() { Formats = [30, 20, 4, 10, 20, 3, 3, 3, 7] },
        Addresses = new() { Postcode = 0.6, TownShown = 0.9 },
        Links = new() { Personas = [50, 10, 40, 0], Person = 0.25, Phone = 0.75, Premises = 0.35, Roles = [20, 65, 15] },
        Decoys = [10, 15, 3, 2, 3, 15, 10, 35, 7],
    };
}
