using System.Globalization;
using ScanService.Synthetic.Composition;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.Rendering;
using ScanService.Synthetic.Sources;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Output;

/// <summary>
/// Writes one partner export row by row, with its answer-key rows, from its own seeded stream: the sources are
/// independent of each other, so they can be written in parallel and still come out the same every time.
/// </summary>
internal sealed class SourceGenerator
{
    // A link or decoy that came out unusable (no evidence left, or an accidental real link) is rebuilt this often.
    private const int Attempts = 10;

    private readonly SyntheticWorld _world;
    private readonly SourceProfile _profile;
    private readonly SyntheticNightOptions _options;
    private readonly Random _random;
    private readonly RecordRenderer _renderer;
    private readonly BackgroundComposer _background;
    private readonly LinkComposer _links;
    private readonly DecoyComposer _decoys;
    private readonly RecordPlan _plan = new();
    private readonly RecordDraft _draft = new();
    private readonly RecordFacts _facts = new();
    private readonly List<TruthRow> _truth = [];

    public SourceGenerator(SyntheticWorld world, SourceProfile profile, SyntheticNightOptions options, int seed)
    {
        _world = world;
        _profile = profile;
        _options = options;
        _random = new Random(seed);
        var kit = new PlanKit(world, profile);
        _renderer = new RecordRenderer(world, profile, new Random((int)(SeedMixer.Mix((ulong)(uint)seed, 0x4E49UL) & 0x7FFF_FFFF)));
        _background = new BackgroundComposer(kit);
        _links = new LinkComposer(kit);
        _decoys = new DecoyComposer(kit, _links);
    }

    public SourceResult Generate(int rows, string csvPath, TextWriter truth, TextWriter decoys, CancellationToken cancellationToken)
    {
        var result = new SourceResult(_profile.Name) { Rows = rows };
        var ids = new RecordIds(_profile, rows, _random);
        using var csv = new CsvRowWriter(csvPath, _profile.CrLf);
        csv.WriteRow([.. _profile.Columns.Select(Columns.Header)]);
        for (var i = 0; i < rows; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var recordId = ids.For(i);
            var made = PickRow() switch
            {
                Row.Link => TryLink(truth, recordId, result),
                Row.Decoy => TryDecoy(decoys, recordId, result),
                Row.Bad => Bad(result),
                _ => false,
            };
            if (!made)
            {
                // Also where a link or decoy could not be built in this world (no subject with a flat, say).
                Background();
                result.BackgroundRecords++;
            }

            _draft[Column.RecordId] = recordId;
            _draft[Column.RecordDate] = RecordDates.Next(_profile.RecordDate, _world.RunDate, _random);
            csv.WriteRow(_profile.Columns, _draft);
        }

        return result;
    }

    private enum Row
    {
        Background,
        Link,
        Decoy,
        Bad,
    }

    private Row PickRow()
    {
        var roll = _random.NextDouble();
        if (roll < _options.LinkRate)
        {
            return Row.Link;
        }

        roll -= _options.LinkRate;
        if (roll < _options.DecoyRate)
        {
            return Row.Decoy;
        }

        return roll - _options.DecoyRate < _options.BadRowRate ? Row.Bad : Row.Background;
    }

    private bool TryLink(TextWriter truth, string recordId, SourceResult result)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var tally = new MessTally();
            Begin();
            if (_links.Compose(_plan, _random, tally) is null)
            {
                return false;
            }

            _renderer.Render(_plan, _draft, _facts, _random, tally);
            TruthResolver.Resolve(_facts, _world.Index, _truth);
            if (_truth.Count > 0)
            {
                result.LinkRecords++;
                result.Mess.Merge(tally);
                WriteTruth(truth, recordId, result);
                return true;
            }
        }

        return false;
    }

    private bool TryDecoy(TextWriter decoys, string recordId, SourceResult result)
    {
        var kind = (DecoyKind)_random.PickIndex(_profile.Decoys);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            Begin();
            if (_decoys.Compose(_plan, kind, _random) is not { } imitated)
            {
                break;
            }

            _renderer.Render(_plan, _draft, _facts, _random, tally: null);
            TruthResolver.Resolve(_facts, _world.Index, _truth);
            if (_truth.Count == 0)
            {
                result.DecoysByKind[(int)kind]++;
                decoys.Write(string.Create(CultureInfo.InvariantCulture, $"{_profile.Name},{recordId},{imitated.Ref},{Labels.Kebab(kind)}\n"));
                return true;
            }
        }

        return false;
    }

    private bool Bad(SourceResult result)
    {
        var kind = BadRows.Pick(_random);
        Begin();
        _background.Compose(_plan, _random);
        _plan.Name ??= _plan.Person!.Name;
        _plan.ForenameOnly = false;
        _renderer.Render(_plan, _draft, _facts, _random, tally: null);
        BadRows.Spoil(kind, _draft, _random);
        if (kind == BadRowKind.NothingToMatch)
        {
            result.RejectedByDesign++;
        }
        else
        {
            result.JunkValueRows++;
        }

        return true;
    }

    private void Background()
    {
        Begin();
        _background.Compose(_plan, _random);
        _renderer.Render(_plan, _draft, _facts, _random, tally: null);
    }

    private void Begin()
    {
        _plan.Reset();
        _draft.Clear();
        _facts.Clear();
    }

    private void WriteTruth(TextWriter truth, string recordId, SourceResult result)
    {
        foreach (var row in _truth)
        {
            result.TruthRowsByKind[(int)row.Kind]++;
            truth.Write(string.Create(CultureInfo.InvariantCulture,
                $"{_profile.Name},{recordId},{row.Investigation.Ref},{row.Subject.Ref},{TruthRow.Label(row.Kind)}\n"));
        }

        result.TruthPairs += _truth.Select(r => r.Investigation).Distinct().Count();
    }
}
