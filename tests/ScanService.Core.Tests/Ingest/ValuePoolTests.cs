using ScanService.Ingest;
using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Core.Tests.Ingest;

/// <summary>The pool finds repeated values by their characters and parts before they are made (IValueSharing).</summary>
public class ValuePoolTests
{
    private readonly IValueSharing _pool = new ValuePool();

    [Test]
    public void The_same_characters_give_the_same_string_and_other_characters_another()
    {
        var first = _pool.Token("anna".AsSpan());
        var again = _pool.Token("xannax".AsSpan(1, 4));
        var prefix = _pool.Token("ann".AsSpan());
        var longer = _pool.Token("annab".AsSpan());

        again.ShouldBeSameAs(first);
        (first, prefix, longer).ShouldBe(("anna", "ann", "annab"));
        prefix.ShouldNotBeSameAs(first);
    }

    [Test]
    public void A_string_shared_by_value_is_the_one_found_by_characters_and_the_other_way_round()
    {
        var pool = new ValuePool();
        var byValue = pool.Share(new string("lopez".AsSpan()));

        ((IValueSharing)pool).Token("lopez".AsSpan()).ShouldBeSameAs(byValue);
        pool.Share(new string("lopez".AsSpan())).ShouldBeSameAs(byValue);
    }

    [Test]
    public void The_same_tokens_give_the_same_name_and_a_moved_boundary_another()
    {
        var first = _pool.Name(["anna"], ["maria", "lopez"]);
        var again = _pool.Name(new[] { "x", "anna" }.AsSpan(1), ["maria", "lopez"]);
        var moved = _pool.Name(["anna", "maria"], ["lopez"]);
        var fewer = _pool.Name(["anna"], ["maria"]);

        again.ShouldBeSameAs(first);
        moved.ShouldNotBeSameAs(first);
        moved.ToString().ShouldBe("anna maria | lopez");
        first.ToString().ShouldBe("anna | maria lopez");
        fewer.ToString().ShouldBe("anna | maria");
        _pool.Name([], []).ShouldBeSameAs(PersonName.Empty);
    }

    [Test]
    public void A_name_shared_whole_is_the_one_found_by_its_tokens()
    {
        var pool = new ValuePool();
        var whole = pool.Share(new PersonName(["lan"], ["tran"]));

        ((IValueSharing)pool).Name(["lan"], ["tran"]).ShouldBeSameAs(whole);
        ((IValueSharing)pool).Name(["tran"], ["lan"]).ShouldNotBeSameAs(whole);
    }

    [Test]
    public void The_same_parts_give_the_same_premises_and_any_other_part_other_premises()
    {
        var first = _pool.Address("3", "12", null, "oldham road", "manchester", "M8 8EP");
        var again = _pool.Address("3", "12", null, "oldham road", "manchester", "M8 8EP");
        var noFlat = _pool.Address(null, "12", null, "oldham road", "manchester", "M8 8EP");
        var otherTown = _pool.Address("3", "12", null, "oldham road", "salford", "M8 8EP");
        var shifted = _pool.Address("3", null, "12", "oldham road", "manchester", "M8 8EP");

        again.ShouldBeSameAs(first);
        first.ShouldBe(new ParsedAddress("3", "12", null, "oldham road", "manchester", "M8 8EP"));
        new[] { noFlat, otherTown, shifted }.ShouldAllBe(a => !ReferenceEquals(a, first));
        shifted.ShouldBe(new ParsedAddress("3", null, "12", "oldham road", "manchester", "M8 8EP"));
        _pool.Address(null, null, null, null, null, null).ShouldBeSameAs(ParsedAddress.Empty);
    }

    [Test]
    public void Premises_shared_whole_are_the_ones_found_by_their_parts()
    {
        var pool = new ValuePool();
        var whole = pool.Share(new ParsedAddress(null, "12", null, "oldham road", "manchester", null));

        ((IValueSharing)pool).Address(null, "12", null, "oldham road", "manchester", null).ShouldBeSameAs(whole);
        pool.Share(new ParsedAddress(null, "12", null, "oldham road", "manchester", null)).ShouldBeSameAs(whole);
    }

    [TestCase("Lan", "Tran", null)]
    [TestCase("Mr John", "SMITH", null)]
    [TestCase("Mr", "Smith", null)]
    [TestCase(null, null, "NGUYEN Van Minh")]
    [TestCase(null, null, "Van Minh NGUYEN")]
    [TestCase(null, null, "Mary Smith-Jones")]
    [TestCase(null, null, "LOPEZ, Mrs Anna Maria")]
    [TestCase(null, null, "UNKNOWN, Anna")]
    [TestCase(null, null, "Mr Mohammed Ali")]
    [TestCase(null, null, "Łukasz Wiśniewski")]
    [TestCase(null, null, "Malcolm X")]
    [TestCase(null, null, "Unknown")]
    [TestCase("N/K", "", "Anna")]
    public void Names_found_through_a_pool_are_the_names_made_without_one_and_found_again(string? forename, string? surname, string? fullName)
    {
        var pool = new ValuePool();
        var made = NameNormaliser.Normalise(forename, surname, fullName);

        var found = NameNormaliser.Normalise(forename, surname, fullName, pool);

        found.ToString().ShouldBe(made.ToString());
        NameNormaliser.Normalise(forename, surname, fullName, pool).ShouldBeSameAs(found);
    }

    [Test]
    public void A_postcode_found_through_a_pool_is_the_canonical_one_and_the_same_string_each_time()
    {
        var first = PostcodeNormaliser.Normalise("m88ep", _pool);
        var again = PostcodeNormaliser.Normalise(" M8 8EP ", _pool);
        var other = PostcodeNormaliser.Normalise("M8 8EQ", _pool);
        var bad = PostcodeNormaliser.Normalise("NOT KNOWN", _pool);

        first.Value.ShouldBe("M8 8EP");
        again.Value.ShouldBeSameAs(first.Value);
        other.Value.ShouldBe("M8 8EQ");
        bad.Success.ShouldBeFalse();
        bad.Error.ShouldBe(PostcodeNormaliser.Normalise("NOT KNOWN").Error);
    }

    [Test]
    public void The_same_attributes_in_the_same_order_give_the_same_array_and_any_difference_another()
    {
        var pool = new ValuePool();
        KeyValuePair<string, string>[] row = [new("claim_type", "ESA"), new("notes", "School raised concern")];

        var first = pool.ShareAttributes(row);
        var again = pool.ShareAttributes(new KeyValuePair<string, string>[] { new("claim_type", new string("ESA".AsSpan())), new("notes", "School raised concern") });
        var otherValue = pool.ShareAttributes(new KeyValuePair<string, string>[] { new("claim_type", "PIP"), new("notes", "School raised concern") });
        var otherName = pool.ShareAttributes(new KeyValuePair<string, string>[] { new("report_type", "ESA"), new("notes", "School raised concern") });
        var fewer = pool.ShareAttributes(new KeyValuePair<string, string>[] { new("claim_type", "ESA") });
        var swapped = pool.ShareAttributes(new KeyValuePair<string, string>[] { new("notes", "School raised concern"), new("claim_type", "ESA") });

        again.ShouldBeSameAs(first);
        first.ShouldBe(row);
        first.ShouldNotBeSameAs(row);
        new[] { otherValue, otherName, fewer, swapped }.ShouldAllBe(a => !ReferenceEquals(a, first));
        otherValue[0].Value.ShouldBe("PIP");
        swapped[0].Key.ShouldBe("notes");
        pool.ShareAttributes([]).ShouldBeEmpty();
    }

    [Test]
    public void Phone_numbers_found_through_a_pool_are_the_e164_ones_and_the_same_string_each_time()
    {
        var first = PhoneNormaliser.NormaliseList("07700 900123; 0161 496 0123", _pool);
        var again = PhoneNormaliser.NormaliseList("+44 (0)7700 900123", _pool);
        var unshared = PhoneNormaliser.NormaliseList("07700 900123; 0161 496 0123");

        first.Numbers.ShouldBe(unshared.Numbers);
        first.Numbers.ShouldBe(["+447700900123", "+441614960123"]);
        again.Numbers.Single().ShouldBeSameAs(first.Numbers[0]);
        PhoneNormaliser.NormaliseList("n/a; 07700 900124", _pool).Errors.ShouldBe(PhoneNormaliser.NormaliseList("n/a; 07700 900124").Errors);
    }
}
