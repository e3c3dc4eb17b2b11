using ScanService.History;
using ScanService.Normalise;
using ScanService.Rules;
using YamlDotNet.RepresentationModel;

namespace ScanService.Match.Generic;

/// <summary>
/// Reads <c>lists/generic-values.yaml</c>: the people limit and the analysts' allow and deny lists, every problem
/// with its line and column. A value is written as a partner would (<c>phone: 0161 496 0999</c>, or
/// <c>address</c> with <c>postcode</c>) and normalised with the run's own code, so it matches what records give.
/// </summary>
internal sealed class GenericValueFileReader
{
    public const string FolderName = "lists";
    public const string FileName = "generic-values.yaml";
    public const int MaxLimit = 100_000;

    private static readonly string[] Keys = ["description", "max_people", "deny", "allow"];
    private static readonly string[] EntryKeys = ["phone", "address", "postcode", "why"];

    private readonly YamlFile _yaml;

    public GenericValueFileReader(List<RuleError> problems) =>
        _yaml = new YamlFile(FolderName + "/" + FileName, "the generic values list", problems);

    public GenericValueSettings? Read(string text)
    {
        var root = _yaml.LoadMapping(text, "the generic values list is a mapping with max_people, deny and allow");
        if (root is null)
        {
            return null;
        }

        var values = _yaml.Entries(root, Keys);
        var maxPeople = values.TryGetValue("max_people", out var limit)
            ? _yaml.WholeNumber(limit, "'max_people'", 2, MaxLimit)
            : GenericValueSettings.DefaultMaxPeople;
        var denied = ReadList(values, "deny");
        var allowed = ReadList(values, "allow");
        foreach (var phone in denied.Phones.Keys.Intersect(allowed.Phones.Keys))
        {
            _yaml.Error(allowed.Phones[phone], "this phone is on both the deny and the allow list; keep it on one");
        }

        foreach (var premises in denied.Premises.Keys.Intersect(allowed.Premises.Keys))
        {
            _yaml.Error(allowed.Premises[premises], "this address is on both the deny and the allow list; keep it on one");
        }

        return maxPeople is null
            ? null
            : new GenericValueSettings(maxPeople.Value, denied.Phones.Keys.ToHashSet(), denied.Premises.Keys.ToHashSet(),
                allowed.Phones.Keys.ToHashSet(), allowed.Premises.Keys.ToHashSet());
    }

    private (Dictionary<string, TextPosition> Phones, Dictionary<string, TextPosition> Premises) ReadList(Dictionary<string, YamlNode> values, string key)
    {
        var phones = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        var premises = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        if (!values.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return (phones, premises);
        }

        if (node is not YamlSequenceNode list)
        {
            _yaml.Error(node.Start, $"'{key}' must be a list, each item starting with '-' and giving a phone, or an address with its postcode");
            return (phones, premises);
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                _yaml.Error(item.Start, "each item must be a mapping, e.g. {phone: 0161 496 0999} or {address: 12 Oldham Road, postcode: M4 5AH}");
                continue;
            }

            var fields = _yaml.Entries(entry, EntryKeys, $"in '{key}'");
            var at = TextPosition.Of(item.Start);
            if (_yaml.OptionalText(fields, "phone") is { } phoneText)
            {
                var phone = PhoneNormaliser.Normalise(phoneText);
                if (phone.Success)
                {
                    phones.TryAdd(phone.Value!, at);
                }
                else
                {
                    _yaml.Error(fields["phone"].Start, $"'{phoneText}' is not a phone number: {phone.Error}");
                }
            }
            else if (_yaml.OptionalText(fields, "address") is { } address)
            {
                var postcode = _yaml.OptionalText(fields, "postcode");
                var normalisedPostcode = postcode is null ? null : PostcodeNormaliser.Normalise(postcode) is { Success: true } p ? p.Value : null;
                if (RecordKeys.PremisesText(AddressParser.Parse(address, normalisedPostcode)) is { } text)
                {
                    premises.TryAdd(text, at);
                }
                else
                {
                    _yaml.Error(fields["address"].Start, $"'{address}' does not name a building with a postcode (or a street and town)");
                }
            }
            else
            {
                _yaml.Error(item.Start, "give a 'phone', or an 'address' with its 'postcode'");
            }
        }

        return (phones, premises);
    }
}
