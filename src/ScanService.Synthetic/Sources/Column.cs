namespace ScanService.Synthetic.Sources;

/// <summary>Every column a synthetic export may carry: the standard ones (DESIGN.md §2) and each source's extras.</summary>
internal enum Column
{
    RecordId,
    RecordDate,
    Forename,
    Surname,
    FullName,
    DateOfBirth,
    Nationality,
    Gender,
    Address,
    Postcode,
    Phone,
    Email,
    NiNumber,
    ReferralType,
    ExploitationType,
    FirstResponder,
    BusinessName,
    BusinessType,
    WorkersPresent,
    Grading,
    ClaimType,
    ReportType,
    Notes,
}

internal static class Columns
{
    public static readonly int Count = Enum.GetValues<Column>().Length;

    public static string Header(Column column) => column switch
    {
        Column.RecordId => "record_id",
        Column.RecordDate => "record_date",
        Column.Forename => "forename",
        Column.Surname => "surname",
        Column.FullName => "full_name",
        Column.DateOfBirth => "date_of_birth",
        Column.Nationality => "nationality",
        Column.Gender => "gender",
        Column.Address => "address",
        Column.Postcode => "postcode",
        Column.Phone => "phone",
        Column.Email => "email",
        Column.NiNumber => "ni_number",
        Column.ReferralType => "referral_type",
        Column.ExploitationType => "exploitation_type",
        Column.FirstResponder => "first_responder",
        Column.BusinessName => "business_name",
        Column.BusinessType => "business_type",
        Column.WorkersPresent => "workers_present",
        Column.Grading => "grading",
        Column.ClaimType => "claim_type",
        Column.ReportType => "report_type",
        _ => "notes",
    };
}
