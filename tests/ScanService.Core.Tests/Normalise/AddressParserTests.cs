using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class AddressParserTests
{
    // Expected parts as "flat | number | building | street | town | postcode", '-' for a part not given.
    [TestCase("Flat 3, 12 Oldham Rd, Manchester", "3 | 12 | - | oldham road | manchester | -")]
    [TestCase("3/12 Oldham Road", "3 | 12 | - | oldham road | - | -")]
    [TestCase("12 Oldham Road Flat 3", "3 | 12 | - | oldham road | - | -")]
    [TestCase("Apartment 3, 12 Oldham Road", "3 | 12 | - | oldham road | - | -")]
    [TestCase("Apt. 5, 7 Church Ave, Bolton", "5 | 7 | - | church avenue | bolton | -")]
    [TestCase("Flat 3A 12 Oldham Road", "3a | 12 | - | oldham road | - | -")]
    [TestCase("Flat8, 47 River Avenue, London", "8 | 47 | - | river avenue | london | -", TestName = "A flat number written against its keyword keeps the house number that follows")]
    [TestCase("Room 2, 45 Cheetham Hill Road", "2 | 45 | - | cheetham hill road | - | -")]
    [TestCase("Rm 2 45 Cheetham Hill Rd", "2 | 45 | - | cheetham hill road | - | -")]
    [TestCase("Flat 2/1, 12 Byres Rd, Glasgow", "2/1 | 12 | - | byres road | glasgow | -")]
    [TestCase("2/1 12 Byres Rd, Glasgow", "2/1 | 12 | - | byres road | glasgow | -")]
    [TestCase("Flat 3 Oldham House, 12 Oldham Road, Manchester", "3 | 12 | oldham house | oldham road | manchester | -")]
    [TestCase("FLAT 3 12 OLDHAM RD MANCHESTER M8 8EP", "3 | 12 | - | oldham road | manchester | M8 8EP")]
    public void Flats_are_told_apart_from_house_numbers(string address, string expected)
    {
        Describe(AddressParser.Parse(address, null)).ShouldBe(expected);
    }

    [TestCase("12a Oldham Road", "- | 12a | - | oldham road | - | -")]
    [TestCase("12A Oldham Road", "- | 12a | - | oldham road | - | -")]
    [TestCase("12-14 Oldham Road, Manchester", "- | 12-14 | - | oldham road | manchester | -")]
    [TestCase("12 – 14 Oldham Road", "- | 12-14 | - | oldham road | - | -")]
    [TestCase("c/o 14 Station Road, Leeds", "- | 14 | - | station road | leeds | -")]
    [TestCase("c/o Anna Kowalska, 14 Station Road, Leeds", "- | 14 | - | station road | leeds | -")]
    [TestCase("Flat 7b, 221b Baker Street, London NW1 6XE", "7b | 221b | - | baker street | london | NW1 6XE")]
    [TestCase("Flat 1, Victoria Court, 22 Park Road, Salford", "1 | 22 | victoria court | park road | salford | -")]
    [TestCase("12, Oldham Road, Manchester", "- | 12 | - | oldham road | manchester | -")]
    [TestCase("12 Oldham Road Manchester", "- | 12 | - | oldham road | manchester | -")]
    [TestCase("12 Oldham Road East, Manchester", "- | 12 | - | oldham road east | manchester | -")]
    [TestCase("45 Cheetham Hill Road, Cheetham Hill, Manchester", "- | 45 | - | cheetham hill road | manchester | -")]
    [TestCase("12 Oldham Road\nAshton-under-Lyne", "- | 12 | - | oldham road | ashton under lyne | -")]
    [TestCase("7 Åsgård Road, Bradford", "- | 7 | - | asgard road | bradford | -")]
    [TestCase("2nd Floor, 12 Oldham Road", "- | 12 | 2nd floor | oldham road | - | -")]
    public void House_numbers_streets_and_towns_are_found(string address, string expected)
    {
        Describe(AddressParser.Parse(address, null)).ShouldBe(expected);
    }

    [TestCase("Unit 4, Phoenix Industrial Estate, Leeds", "- | - | unit 4 | phoenix industrial estate | leeds | -", TestName = "A unit without a house number names the building")]
    [TestCase("Unit 4, 12 Oldham Road, Manchester", "4 | 12 | - | oldham road | manchester | -", TestName = "A unit with a house number is a flat")]
    [TestCase("Rose Cottage, Mill Lane, Bradford", "- | - | rose cottage | mill lane | bradford | -", TestName = "A named house before its street is the building name")]
    [TestCase("Flat 3, Rose Court, Mill Lane, Bradford", "3 | - | rose court | mill lane | bradford | -", TestName = "A named block before the street is the building name")]
    [TestCase("Rose Cottage, Bradford", "- | - | rose cottage | - | bradford | -", TestName = "Without a street the last part is the town")]
    [TestCase("The Old Mill", "- | - | the old mill | - | - | -", TestName = "A single unplaced part is a building name")]
    public void Buildings_without_numbers(string address, string expected)
    {
        Describe(AddressParser.Parse(address, null)).ShouldBe(expected);
    }

    [TestCase("12 St Mary's Road, St Helens", "- | 12 | - | saint marys road | saint helens | -", TestName = "St before a name is saint")]
    [TestCase("12 High St, Manchester", "- | 12 | - | high street | manchester | -", TestName = "St as the street type is street")]
    [TestCase("12 Upper St Giles Rd", "- | 12 | - | upper saint giles road | - | -", TestName = "St followed by another street type is saint")]
    [TestCase("1 Birch Ln", "- | 1 | - | birch lane | - | -", TestName = "Ln is lane")]
    [TestCase("3 Oak Cl", "- | 3 | - | oak close | - | -", TestName = "Cl is close")]
    [TestCase("9 Ash Ct", "- | 9 | - | ash court | - | -", TestName = "Ct is court")]
    [TestCase("4 Elm Cres", "- | 4 | - | elm crescent | - | -", TestName = "Cres is crescent")]
    [TestCase("8 Moor Dr.", "- | 8 | - | moor drive | - | -", TestName = "Dr is drive")]
    [TestCase("1 Rose Gdns", "- | 1 | - | rose gardens | - | -", TestName = "Gdns is gardens")]
    [TestCase("2 Lime Gr", "- | 2 | - | lime grove | - | -", TestName = "Gr is grove")]
    [TestCase("5 Mill Pl", "- | 5 | - | mill place | - | -", TestName = "Pl is place")]
    [TestCase("6 Market Sq", "- | 6 | - | market square | - | -", TestName = "Sq is square")]
    [TestCase("7 Victoria Terr", "- | 7 | - | victoria terrace | - | -", TestName = "Terr is terrace")]
    [TestCase("7 Victoria Ter", "- | 7 | - | victoria terrace | - | -", TestName = "Ter is terrace")]
    [TestCase("10 Queens Pk", "- | 10 | - | queens park | - | -", TestName = "Pk is park")]
    [TestCase("11 Coast Hwy", "- | 11 | - | coast highway | - | -", TestName = "Hwy is highway")]
    [TestCase("3 Trinity Bldgs", "- | 3 | - | trinity buildings | - | -", TestName = "Bldgs is buildings")]
    [TestCase("20 Wilmslow Av", "- | 20 | - | wilmslow avenue | - | -", TestName = "Av is avenue")]
    public void Street_types_are_expanded(string address, string expected)
    {
        Describe(AddressParser.Parse(address, null)).ShouldBe(expected);
    }

    [TestCase("12 Oldham Road, Manchester M8 8EP", null, "- | 12 | - | oldham road | manchester | M8 8EP", TestName = "A postcode in the text is taken out and used")]
    [TestCase("12 Oldham Road, Manchester, m88ep", null, "- | 12 | - | oldham road | manchester | M8 8EP", TestName = "A postcode written as one word is found")]
    [TestCase("12 Oldham Road, Manchester, M8 8EP", "M4 1AA", "- | 12 | - | oldham road | manchester | M4 1AA", TestName = "The postcode column wins over the text")]
    [TestCase("12 Oldham Road, Manchester M8 8EP", "M4 1AA", "- | 12 | - | oldham road | manchester | M4 1AA", TestName = "A postcode in the text is stripped even when the column wins")]
    [TestCase("", "M8 8EP", "- | - | - | - | - | M8 8EP", TestName = "An empty address keeps the postcode column")]
    [TestCase("NFA", "M8 8EP", "- | - | - | - | - | M8 8EP", TestName = "No fixed abode gives no premises")]
    [TestCase("No Fixed Abode, Manchester", null, "- | - | - | - | - | -", TestName = "No fixed abode with a town gives no premises")]
    [TestCase("Unknown", null, "- | - | - | - | - | -", TestName = "An unknown address gives no premises")]
    [TestCase("Manchester, NFA", null, "- | - | - | - | - | -", TestName = "A placeholder after a town gives no premises")]
    [TestCase("M8 8EP, N/A", null, "- | - | - | - | - | M8 8EP", TestName = "A placeholder after a part that held only the postcode gives no premises")]
    [TestCase("'Unknown'", null, "- | - | - | - | - | -", TestName = "A quoted placeholder gives no premises")]
    [TestCase("12 Oldham Road, Manchester, not known", null, "- | - | - | - | - | -", TestName = "A placeholder part after a street gives no premises")]
    public void Postcodes_and_placeholders(string address, string? postcode, string expected)
    {
        Describe(AddressParser.Parse(address, postcode)).ShouldBe(expected);
    }

    [Test]
    public void A_street_and_town_longer_than_the_joining_buffer_are_whole()
    {
        var words = Enumerable.Range(0, 30).Select(i => $"Word{(char)('a' + (i % 26))}x").ToArray();
        var street = string.Join(' ', words);

        var parsed = AddressParser.Parse($"12 {street} Rd, {street} St Town", null);

        parsed.Street.ShouldBe(string.Join(' ', words.Select(w => w.ToLowerInvariant())) + " road");
        parsed.Town.ShouldBe(string.Join(' ', words.Select(w => w.ToLowerInvariant())) + " saint town");
    }

    [Test]
    public void No_address_and_no_postcode_is_the_empty_address()
    {
        AddressParser.Parse(null, null).ShouldBeSameAs(ParsedAddress.Empty);
        AddressParser.Parse("  ", " ").ShouldBeSameAs(ParsedAddress.Empty);
    }

    private static string Describe(ParsedAddress a) =>
        string.Join(" | ", new[] { a.Flat, a.Number, a.BuildingName, a.Street, a.Town, a.Postcode }.Select(p => p ?? "-"));
}
