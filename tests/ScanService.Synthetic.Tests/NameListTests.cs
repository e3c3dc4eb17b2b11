using ScanService.Synthetic.Names;

namespace ScanService.Synthetic.Tests;

public class NameListTests
{
    private static IEnumerable<NameEntry> AllEntries(Culture culture) =>
        culture.MaleGiven.Items.Concat(culture.FemaleGiven.Items)
            .Concat(culture.MaleMiddle?.Items ?? []).Concat(culture.FemaleMiddle?.Items ?? [])
            .Concat(culture.Surnames?.Items.SelectMany(s => s.FemaleForms.Prepend(s.Male)) ?? [])
            .Concat(culture.MalePrefix is { } prefix ? [prefix] : []);

    [Test]
    public void Every_culture_asked_for_is_there()
    {
        CultureCatalog.Instance.Cultures.Select(c => c.Key).ShouldBe(
            ["albanian", "british", "chinese", "eritrean", "ethiopian", "iberian", "indian", "lithuanian", "nigerian", "pakistani",
             "polish", "romanian", "slovak-roma", "sudanese", "ukrainian", "vietnamese"]);
    }

    [Test]
    public void Every_name_spelling_and_nickname_folds_to_plain_ASCII()
    {
        foreach (var culture in CultureCatalog.Instance.Cultures)
        {
            foreach (var text in AllEntries(culture).SelectMany(e => e.Variants.Concat(e.Nicknames).Prepend(e.Native)))
            {
                Diacritics.Strip(text).ShouldAllBe(c => char.IsAsciiLetter(c) || c == ' ' || c == '-' || c == '\'', $"{culture.Key}: {text}");
            }
        }
    }

    [TestCase("eritrean", "Patronymic")]
    [TestCase("sudanese", "Patronymic")]
    [TestCase("vietnamese", "Vietnamese")]
    [TestCase("chinese", "FamilyFirst")]
    [TestCase("iberian", "DoubleSurname")]
    [TestCase("british", "Western")]
    public void Each_culture_builds_names_its_own_way(string culture, string structure) =>
        CultureCatalog.Instance.Get(culture).Structure.ToString().ShouldBe(structure);

    [TestCase("vietnamese", "Nguyễn", 0.3, 0.45)]
    [TestCase("chinese", "Wang", 0.08, 0.2)]
    [TestCase("british", "Smith", 0.03, 0.1)]
    public void Head_surnames_are_very_common(string culture, string surname, double min, double max)
    {
        var pool = CultureCatalog.Instance.Get(culture).Surnames!;
        var index = pool.Items.ToList().FindIndex(s => s.Male.Native == surname);

        pool.Share(index).ShouldBeInRange(min, max);
    }

    [Test]
    public void Mohammed_is_the_commonest_Sudanese_given_name_and_has_its_spellings()
    {
        var pool = CultureCatalog.Instance.Get("sudanese").MaleGiven;

        pool.Items[0].Native.ShouldBe("Mohammed");
        pool.Items[0].Variants.ShouldContain("Muhammad");
        pool.Share(0).ShouldBeInRange(0.15, 0.35);
    }

    [Test]
    public void Nicknames_are_known_for_English_and_Nigerian_names()
    {
        CultureCatalog.Instance.British.MaleGiven.Items.Single(e => e.Native == "William").Nicknames.ShouldContain("Bill");
        CultureCatalog.Instance.Get("nigerian").MaleGiven.Items.Single(e => e.Native == "Oluwaseun").Nicknames.ShouldContain("Seun");
    }
}
