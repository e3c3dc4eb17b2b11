namespace ScanService.Match.Names;

/// <summary>
/// Pairs the words of a record's name with the words of a subject's name, whatever their order and whichever
/// part each system called the surname. Pairs are made strongest first — exact, words joined or split letter for
/// letter, nickname or spelling, joined or split by spelling, typo, initial — so that a weak pairing never takes a
/// word a stronger one needed (Kate Lin is Katelin written apart, not Kate for Katelin with Lin left over).
/// Works in caller-provided spans: nothing is allocated.
/// </summary>
internal ref struct NameAlignment
{
    /// <summary>Words beyond this many are ignored: no real name has more.</summary>
    public const int MaxTokens = 16;

    private readonly NameTokens _recordName;
    private readonly NameTokens _subjectName;
    private readonly ReadOnlySpan<TokenFacts> _record;
    private readonly ReadOnlySpan<TokenFacts> _subject;
    private readonly Span<TokenAgreement> _pairs;
    private readonly Span<bool> _subjectUsed;

    /// <param name="pairs">One slot per record word (at most <see cref="MaxTokens"/>), filled by <see cref="Align"/>.</param>
    /// <param name="subjectUsed">One slot per subject word (at most <see cref="MaxTokens"/>).</param>
    public NameAlignment(NameTokens record, NameTokens subject, Span<TokenAgreement> pairs, Span<bool> subjectUsed)
    {
        _recordName = record;
        _subjectName = subject;
        _record = record.Facts.Length > MaxTokens ? record.Facts.AsSpan(0, MaxTokens) : record.Facts;
        _subject = subject.Facts.Length > MaxTokens ? subject.Facts.AsSpan(0, MaxTokens) : subject.Facts;
        _pairs = pairs[.._record.Length];
        _subjectUsed = subjectUsed[.._subject.Length];
        _pairs.Fill(TokenAgreement.None);
        _subjectUsed.Clear();
    }

    public void Align()
    {
        PairExact();
        PairJoined(bySpelling: false);
        PairVariants();
        PairJoined(bySpelling: true);
        PairTypos();
        PairInitials();
    }

    public readonly NameVerdict Verdict() => NameVerdict.Of(_pairs, _subjectUsed);

    private readonly void PairExact()
    {
        for (var i = 0; i < _record.Length; i++)
        {
            for (var j = 0; j < _subject.Length; j++)
            {
                if (!_subjectUsed[j] && _record[i].Text == _subject[j].Text)
                {
                    Pair(i, j, TokenAgreementKind.Exact);
                    break;
                }
            }
        }
    }

    private readonly void PairVariants()
    {
        for (var i = 0; i < _record.Length; i++)
        {
            for (var j = 0; j < _subject.Length && !_pairs[i].Agreed; j++)
            {
                if (!_subjectUsed[j] && TokenRules.Variant(_record[i], _subject[j]) is var kind && kind != TokenAgreementKind.None)
                {
                    Pair(i, j, kind);
                }
            }
        }
    }

    /// <summary>One word on one side against two or three neighbouring words on the other, both ways round.</summary>
    private readonly void PairJoined(bool bySpelling)
    {
        for (var i = 0; i < _record.Length; i++)
        {
            if (!_pairs[i].Agreed && FindRun(_record[i], _subject, _subjectName, _subjectUsed, bySpelling, out var start, out var count))
            {
                _pairs[i] = new TokenAgreement(TokenAgreementKind.Joined, start);
                _subjectUsed.Slice(start, count).Fill(true);
            }
        }

        Span<bool> recordUsed = stackalloc bool[_record.Length];
        for (var i = 0; i < _record.Length; i++)
        {
            recordUsed[i] = _pairs[i].Agreed;
        }

        for (var j = 0; j < _subject.Length; j++)
        {
            if (!_subjectUsed[j] && FindRun(_subject[j], _record, _recordName, recordUsed, bySpelling, out var start, out var count))
            {
                _subjectUsed[j] = true;
                for (var i = start; i < start + count; i++)
                {
                    recordUsed[i] = true;
                    _pairs[i] = new TokenAgreement(TokenAgreementKind.Joined, j);
                }
            }
        }
    }

    /// <param name="words">The other name's words, cut to <see cref="MaxTokens"/>; <paramref name="name"/> is that name.</param>
    private static bool FindRun(TokenFacts whole, ReadOnlySpan<TokenFacts> words, NameTokens name, ReadOnlySpan<bool> used, bool bySpelling, out int start, out int count)
    {
        for (start = 0; start < words.Length; start++)
        {
            for (count = 2; count <= NameTokens.MaxJoinedWords && start + count <= words.Length; count++)
            {
                if (used.Slice(start, count).Contains(true))
                {
                    break;
                }

                if (bySpelling ? TokenRules.JoinsBySpelling(whole, name.JoinedKey(start, count)) : TokenRules.JoinsTo(whole, words.Slice(start, count)))
                {
                    return true;
                }
            }
        }

        count = 0;
        return false;
    }

    private readonly void PairTypos()
    {
        for (var i = 0; i < _record.Length; i++)
        {
            if (_pairs[i].Agreed)
            {
                continue;
            }

            var best = -1;
            var bestScore = 0.0;
            for (var j = 0; j < _subject.Length; j++)
            {
                var score = _subjectUsed[j] ? 0 : TokenRules.TypoScore(_record[i], _subject[j]);
                if (score > bestScore)
                {
                    (best, bestScore) = (j, score);
                }
            }

            if (best >= 0)
            {
                Pair(i, best, TokenAgreementKind.Typo);
            }
        }
    }

    private readonly void PairInitials()
    {
        for (var i = 0; i < _record.Length; i++)
        {
            for (var j = 0; j < _subject.Length && !_pairs[i].Agreed; j++)
            {
                if (!_subjectUsed[j] &&
                    (TokenRules.IsInitialOf(_record[i].Text, _subject[j].Text) || TokenRules.IsInitialOf(_subject[j].Text, _record[i].Text)))
                {
                    Pair(i, j, TokenAgreementKind.Initial);
                }
            }
        }
    }

    private readonly void Pair(int recordToken, int subjectToken, TokenAgreementKind kind)
    {
        _pairs[recordToken] = new TokenAgreement(kind, subjectToken);
        _subjectUsed[subjectToken] = true;
    }
}
