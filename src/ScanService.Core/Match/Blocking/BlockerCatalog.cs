namespace ScanService.Match.Blocking;

/// <summary>Which blockers serve a compared field: a rule is blocked on every field that can speak for a link.</summary>
public static class BlockerCatalog
{
    public static readonly IBlocker Phone = new PhoneBlocker();
    public static readonly IBlocker Premises = new PremisesBlocker();
    public static readonly IBlocker NameStreet = new NameStreetBlocker();
    public static readonly IBlocker NameYear = new NameYearBlocker();
    public static readonly IBlocker NameBirthday = new NameBirthdayBlocker();
    public static readonly IBlocker DateOfBirth = new DateOfBirthBlocker();
    public static readonly IBlocker Identifier = new IdentifierBlocker();

    public static readonly IReadOnlyList<IBlocker> All = [Phone, Premises, NameYear, NameBirthday, NameStreet, DateOfBirth, Identifier];

    public static IReadOnlyList<IBlocker> ForField(string field) => field switch
    {
        "phone" => [Phone],
        "premises" => [Premises],
        "name" => [NameYear, NameBirthday, NameStreet],
        "date_of_birth" => [DateOfBirth, NameYear, NameBirthday],
        "identifier" => [Identifier],
        _ => [],
    };
}
