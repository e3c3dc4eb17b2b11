using System.Globalization;
using ScanService.Synthetic.Places;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Sources;

/// <summary>The source-specific columns the ingest keeps as attributes: referral types, gradings, notes.</summary>
internal static class Extras
{
    private static readonly string[] Exploitation =
        ["Labour", "Sexual", "Criminal", "Domestic servitude", "Labour; Criminal", "Sexual; Criminal", "Labour; Domestic servitude"];

    private static readonly string[] FirstResponders =
        ["Home Office (IE)", "Border Force", "Police", "Local authority", "Salvation Army", "UK Visas and Immigration", "Barnardo's", "NGO"];

    private static readonly string[] LaReferrals = ["Adult safeguarding", "MASH referral", "Section 42 enquiry", "Housing concern", "Children's services"];

    private static readonly string[] LaNotes =
    [
        "Referred by GP", "Self-neglect, lives alone", "No recourse to public funds", "Interpreter required", "Missing from home, returned",
        "Neighbour concern about number of people at address", "Presented at homeless service; says he worked unpaid",
        "Debt bondage suspected, owes 'rent' to employer", "School raised concern", "",
    ];

    private static readonly string[] LabourNotes =
    [
        "Wages paid in cash, below NMW", "Follow-up visit booked", "Workers unable to show payslips", "No issues found",
        "Manager refused entry to rear", "Workers living in portakabin behind wash bay, no contracts",
        "Workers transported in minibus", "Passports held by \"the boss\"", "",
    ];

    private static readonly string[] PoliceNotes =
    [
        "Associated with cannabis grow", "Stop and search, nothing found", "Drives workers to farm in minibus",
        "Seen collecting cash from nail bars", "Reported missing, found in another force area", "Seen at address with two unknown males",
        "Controls several addresses; new handset", "Linked vehicle stopped on M62", "",
    ];

    private static readonly string[] HelplineReports = ["Tip-off", "Potential victim", "Concerned public", "Business enquiry", "Other"];

    private static readonly string[] HelplineNotes =
    [
        "Caller anonymous, concerned about car wash workers", "Girl said she owes money for travel", "Caller did not want to give own details",
        "Victim called from a borrowed phone", "Concern about men picked up at 5am", "Workers seem scared, never leave premises",
        "Nail bar open 7am-11pm, same staff every day", "Man says boss keeps his ID card", "",
    ];

    private static readonly (string Type, double Weight)[] Claims =
        [("Universal Credit", 70), ("PIP", 8), ("ESA", 7), ("JSA", 5), ("Pension Credit", 5), ("Housing Benefit", 5)];

    public static void Write(SourceKind kind, RecordDraft draft, string? business, bool child, Random random)
    {
        switch (kind)
        {
            case SourceKind.Nrm:
                draft[Column.ReferralType] = child ? "Child" : "Adult";
                draft[Column.ExploitationType] = random.Pick(Exploitation);
                draft[Column.FirstResponder] = random.Pick(FirstResponders);
                break;
            case SourceKind.LocalAuthority:
                draft[Column.ReferralType] = random.Pick(LaReferrals);
                draft[Column.Notes] = random.Pick(LaNotes);
                break;
            case SourceKind.Labour:
                draft[Column.BusinessName] = business ?? string.Empty;
                draft[Column.BusinessType] = BusinessNames.TypeOf(business, random);
                draft[Column.WorkersPresent] = random.Between(1, 30).ToString(CultureInfo.InvariantCulture);
                draft[Column.Notes] = random.Pick(LabourNotes);
                break;
            case SourceKind.Police:
                draft[Column.Grading] = $"{(char)('A' + random.Next(5))}{random.Between(1, 5)}";
                draft[Column.Notes] = random.Pick(PoliceNotes);
                break;
            case SourceKind.Benefit:
                draft[Column.ClaimType] = Claim(random);
                break;
            case SourceKind.Helpline:
                draft[Column.ReportType] = random.Pick(HelplineReports);
                draft[Column.Notes] = random.Pick(HelplineNotes);
                break;
        }
    }

    private static string Claim(Random random)
    {
        var x = random.NextDouble() * 100;
        foreach (var (type, weight) in Claims)
        {
            x -= weight;
            if (x < 0)
            {
                return type;
            }
        }

        return Claims[0].Type;
    }
}
