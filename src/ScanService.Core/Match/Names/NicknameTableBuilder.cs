namespace ScanService.Match.Names;

/// <summary>
/// Builds the <see cref="NicknameTable"/> from its source lists. Each list gives groups: a full name and its
/// short forms. The diminutive and curated lists are clean (the first name of a line is a full name);
/// <c>names.csv</c> is not: it also lists full names as "nicknames" of their own short forms (bill → william,
/// bill → robert), which would chain William to Robert. Such reversed pairs are dropped from the shorter name's group.
/// </summary>
internal static class NicknameTableBuilder
{
    public static NicknameTable FromEmbeddedData()
    {
        var builder = new Groups();
        foreach (var line in NameData.Lines("names.csv"))
        {
            var cells = line.Split(',');
            if (cells.Length == 3 && cells[1].Trim() == "has_nickname")
            {
                builder.Add(cells[0], [cells[2]], clean: false, NameSex.Unknown);
            }
        }

        AddLines(builder, "male_diminutives.csv", NameSex.Male);
        AddLines(builder, "female_diminutives.csv", NameSex.Female);
        AddLines(builder, "curated_nicknames.csv", NameSex.Unknown);
        return builder.Build();
    }

    private static void AddLines(Groups builder, string file, NameSex sex)
    {
        foreach (var line in NameData.Lines(file))
        {
            var cells = line.Split(',');
            builder.Add(cells[0], cells.AsSpan(1), clean: true, sex);
        }
    }

    /// <summary>The groups as read, before they become entries.</summary>
    internal sealed class Groups
    {
        private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.Ordinal);
        private readonly HashSet<string> _cleanHeads = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NameSex> _sex = new(StringComparer.Ordinal);

        /// <param name="sex">The sex the list gives its full names; a name listed for both is recorded as unknown.</param>
        public void Add(string fullName, ReadOnlySpan<string> shortForms, bool clean, NameSex sex)
        {
            if (NameData.FoldSingleWord(fullName) is not { } head)
            {
                return;
            }

            if (clean)
            {
                _cleanHeads.Add(head);
            }

            if (sex != NameSex.Unknown)
            {
                _sex[head] = _sex.TryGetValue(head, out var known) && known != sex ? NameSex.Unknown : sex;
            }

            if (!_members.TryGetValue(head, out var members))
            {
                _members[head] = members = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var form in shortForms)
            {
                if (NameData.FoldSingleWord(form) is { } member && member != head)
                {
                    members.Add(member);
                }
            }
        }

        public NicknameTable Build()
        {
            DropReversedPairs();
            var heads = _members.Keys.Order(StringComparer.Ordinal).ToArray();
            var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var id = 0; id < heads.Length; id++)
            {
                groupOf[heads[id]] = id;
            }

            var memberOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var head in heads)
            {
                memberOf.TryAdd(head, []);
                foreach (var member in _members[head])
                {
                    (memberOf.TryGetValue(member, out var list) ? list : memberOf[member] = []).Add(groupOf[head]);
                }
            }

            // A full name: first on a line of a clean list, or a names.csv head that is nobody's short form.
            bool IsFullName(string name) => _cleanHeads.Contains(name) || (groupOf.ContainsKey(name) && memberOf[name].Count == 0);

            var entries = new Dictionary<string, NicknameEntry>(StringComparer.Ordinal);
            foreach (var (name, groups) in memberOf)
            {
                groups.Sort();
                var siblings = IsFullName(name) ? [] : groups.Where(g => IsFullName(heads[g])).ToArray();
                entries[name] = new NicknameEntry(
                    name, groupOf.GetValueOrDefault(name, -1), [.. groups], siblings, _sex.GetValueOrDefault(name));
            }

            return new NicknameTable(entries);
        }

        private void DropReversedPairs()
        {
            foreach (var (head, members) in _members)
            {
                members.RemoveWhere(member =>
                    member.Length > head.Length && _members.TryGetValue(member, out var back) && back.Contains(head));
            }
        }
    }
}
