using ScanService.Match.Names;

namespace ScanService.Core.Tests.Match;

public class NicknameTableTests
{
    private static NicknameTable Table => NicknameTable.Shared;

    [TestCase("william", "bill", TestName = "Bill is William")]
    [TestCase("william", "will", TestName = "Will is William")]
    [TestCase("william", "liam", TestName = "Liam is William (curated)")]
    [TestCase("bill", "billy", TestName = "Billy is Bill")]
    [TestCase("bill", "will", TestName = "Two short forms of William are equivalent")]
    [TestCase("liam", "bill", TestName = "Liam and Bill are both William")]
    [TestCase("alexander", "alex", TestName = "Alex is Alexander")]
    [TestCase("alexandra", "alex", TestName = "Alex is Alexandra too")]
    [TestCase("robert", "bob", TestName = "Bob is Robert")]
    [TestCase("elizabeth", "liz", TestName = "Liz is Elizabeth")]
    [TestCase("maxine", "max", TestName = "A short form may be listed as a full name of the other sex")]
    [TestCase("oluwaseun", "seun", TestName = "Seun is Oluwaseun")]
    [TestCase("oluwadamilare", "dami", TestName = "Dami is Oluwadamilare")]
    [TestCase("abdullahi", "abdi", TestName = "Abdi is Abdullahi")]
    [TestCase("mohammed", "mo", TestName = "Mo is Mohammed")]
    [TestCase("mohamed", "mo", TestName = "A spelling of a listed name finds its short forms")]
    [TestCase("katarzyna", "kasia", TestName = "Kasia is Katarzyna")]
    public void Nicknames_are_equivalent_both_ways(string a, string b)
    {
        Table.AreEquivalent(a, b).ShouldBeTrue();
        Table.AreEquivalent(b, a).ShouldBeTrue();
    }

    [TestCase("alexander", "alexandra", TestName = "Two full names sharing a short form are not equivalent")]
    [TestCase("william", "robert", TestName = "William and Robert are not equivalent though both are Bill in the tables")]
    [TestCase("maurice", "mohammed", TestName = "Maurice and Mohammed share Mo but are different names")]
    [TestCase("emmanuel", "emma", TestName = "Emma is not Emmanuel")]
    [TestCase("john", "joan", TestName = "John and Joan are not equivalent")]
    [TestCase("daniel", "daniela", TestName = "Daniel and Daniela are not nicknames of each other")]
    [TestCase("louis", "louise", TestName = "A man's and a woman's full name are not equivalent though the tables pair them")]
    [TestCase("andrew", "andrea", TestName = "Andrew and Andrea are not equivalent")]
    [TestCase("klodiana", "xhaferi", TestName = "Words in no table are equivalent only to themselves")]
    public void Unrelated_names_are_not_equivalent(string a, string b)
    {
        Table.AreEquivalent(a, b).ShouldBeFalse();
        Table.AreEquivalent(b, a).ShouldBeFalse();
    }

    [Test]
    public void The_table_is_loaded_once_with_every_list()
    {
        ReferenceEquals(NicknameTable.Shared, NicknameTable.Shared).ShouldBeTrue();
        Table.Count.ShouldBeGreaterThan(1500);
    }
}
