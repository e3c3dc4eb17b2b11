using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class NameNormaliserTests
{
    [TestCase("Van Minh", "NGUYEN", null, "van minh | nguyen", TestName = "Split columns are used when given")]
    [TestCase("Ana-Maria", "Popescu-Ionescu", "", "ana maria | popescu ionescu", TestName = "Hyphenated names give one token per part")]
    [TestCase("José", "García Márquez", null, "jose | garcia marquez", TestName = "A double surname gives two surname tokens")]
    [TestCase("Thị Hương", "ĐẶNG", "ignored FULL Name", "thi huong | dang", TestName = "Split columns win over the full name")]
    [TestCase("Anna", "", "Anna KOWALSKA", "anna | ", TestName = "A forename alone is still a split name")]
    [TestCase("Unknown", "N/K", "Ana POPESCU", "ana | popescu", TestName = "Placeholder split columns fall back to the full name")]
    [TestCase("Not Stated", "Tran", null, " | tran", TestName = "The longest placeholder is dropped from a split column")]
    [TestCase("Unknownova", "Tran", null, "unknownova | tran", TestName = "A name beginning like a placeholder is kept")]
    [TestCase("XX", "Nil", "Ana POPESCU", "ana | popescu", TestName = "Short placeholders in split columns fall back to the full name")]
    public void Split_columns(string? forename, string? surname, string? fullName, string expected)
    {
        NameNormaliser.Normalise(forename, surname, fullName).ToString().ShouldBe(expected);
    }

    [TestCase("NGUYEN Van Minh", "van minh | nguyen", TestName = "Capitals mark the surname written first")]
    [TestCase("Van Minh NGUYEN", "van minh | nguyen", TestName = "Capitals mark the surname written last")]
    [TestCase("Mohammed ALI Hassan", "mohammed hassan | ali", TestName = "Capitals mark the surname written in the middle")]
    [TestCase("Sean O'BRIEN", "sean | obrien", TestName = "A capitalised surname keeps its apostrophe-joined form")]
    [TestCase("Connor McDONALD", "connor | mcdonald", TestName = "A Mc prefix in lower case still counts as capitals")]
    [TestCase("POPESCU-IONESCU Ana", "ana | popescu ionescu", TestName = "A capitalised hyphenated surname gives every part")]
    [TestCase("Mohammed Ali", "mohammed | ali", TestName = "Without capitals the last word is the surname")]
    [TestCase("JOHN SMITH", "john | smith", TestName = "All in capitals the last word is the surname")]
    [TestCase("john smith", "john | smith", TestName = "All in lower case the last word is the surname")]
    [TestCase("Mary Smith-Jones", "mary | smith jones", TestName = "A hyphenated last word is all surname")]
    [TestCase("J SMITH", "j | smith", TestName = "A single capital initial is not a surname")]
    [TestCase("A.B. Smith", "a b | smith", TestName = "Dotted capital initials are not a surname")]
    [TestCase("POPESCU, Ana Maria", "ana maria | popescu", TestName = "A comma puts the surname first")]
    [TestCase("Kowalska, Anna", "anna | kowalska", TestName = "A comma puts the surname first whatever the case")]
    [TestCase("UNKNOWN, Anna", "anna | ", TestName = "A placeholder surname before a comma is dropped")]
    [TestCase(", Anna KOWALSKA", "anna | kowalska", TestName = "A leading comma is ignored")]
    [TestCase("KRASNIQI", " | krasniqi", TestName = "A single word is a surname")]
    [TestCase("Mr John SMITH", "john | smith", TestName = "A leading title is dropped")]
    [TestCase("KOWALSKA, Mrs Anna", "anna | kowalska", TestName = "A title after the comma is dropped")]
    [TestCase("Mrs SMITH", " | smith", TestName = "A title before a lone surname is dropped")]
    [TestCase("Malcolm X", "malcolm | x", TestName = "A one-letter word is kept when the field is not a placeholder")]
    [TestCase("Trần  Đức   THẮNG", "tran duc | thang", TestName = "Case is judged on the written letters, before folding")]
    public void Full_name_is_split(string fullName, string expected)
    {
        NameNormaliser.Normalise(null, null, fullName).ToString().ShouldBe(expected);
    }

    [TestCase(null, null, null, TestName = "No name at all is empty")]
    [TestCase("", " ", "  ", TestName = "Blank fields are empty")]
    [TestCase("N/K", "N/K", "", TestName = "Not-known placeholders are empty")]
    [TestCase(null, null, "Unknown", TestName = "An unknown full name is empty")]
    [TestCase("-", "?", "N/A", TestName = "Punctuation and N/A are empty")]
    public void Nothing_left_is_the_empty_name(string? forename, string? surname, string? fullName)
    {
        NameNormaliser.Normalise(forename, surname, fullName).ShouldBeSameAs(PersonName.Empty);
    }
}
