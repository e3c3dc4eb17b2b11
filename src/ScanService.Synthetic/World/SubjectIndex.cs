using ScanService.Synthetic.People;

namespace ScanService.Synthetic.World;

/// <summary>
/// Which subjects hold a given phone or premises, and which (name, date of birth) pairs belong to subjects. The
/// truth is read from it, so a record that shares a subject's phone or premises is a link whether the generator
/// meant it or not, and unrelated people are kept from being a subject's exact double.
/// </summary>
internal sealed class SubjectIndex
{
    private static readonly Subject[] None = [];

    private readonly Dictionary<string, Subject[]> _byPhone;
    private readonly Dictionary<long, Subject[]> _byPremises;
    private readonly HashSet<(string Given, string? Family, int Birth)> _identities = [];

    public SubjectIndex(IReadOnlyList<Subject> subjects)
    {
        var byPhone = new Dictionary<string, List<Subject>>(StringComparer.Ordinal);
        var byPremises = new Dictionary<long, List<Subject>>();
        foreach (var subject in subjects)
        {
            foreach (var phone in subject.Phones)
            {
                AddOnce(byPhone, phone.E164, subject);
            }

            foreach (var address in subject.Addresses)
            {
                AddOnce(byPremises, address.Premises.Key, subject);
            }

            _identities.Add(Identity(subject.Person.Name, subject.Person.DateOfBirth));
            if (subject.Alias is { } alias)
            {
                _identities.Add(Identity(alias, subject.Person.DateOfBirth));
            }
        }

        _byPhone = byPhone.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byPremises = byPremises.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public IReadOnlyList<Subject> WithPhone(string e164) => _byPhone.GetValueOrDefault(e164, None);

    public IReadOnlyList<Subject> AtPremises(long premisesKey) => _byPremises.GetValueOrDefault(premisesKey, None);

    public bool IsSubjectPhone(string e164) => _byPhone.ContainsKey(e164);

    public bool IsSubjectPremises(long premisesKey) => _byPremises.ContainsKey(premisesKey);

    /// <summary>True when <paramref name="person"/> has a subject's name and exact date of birth.</summary>
    public bool LooksLikeSubject(Person person) => _identities.Contains(Identity(person.Name, person.DateOfBirth));

    private static void AddOnce<TKey>(Dictionary<TKey, List<Subject>> map, TKey key, Subject subject)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<Subject>(1);
        }

        if (!list.Contains(subject))
        {
            list.Add(subject);
        }
    }

    private static (string, string?, int) Identity(TrueName name, DateOnly dob) => (name.CallName.Key, name.MainFamily?.Key, dob.DayNumber);
}
