namespace ScanService.Match.Text;

/// <summary>C and G: the letters whose sound depends most on their neighbours and on the word's language of origin.</summary>
public static partial class DoubleMetaphone
{
    private ref partial struct Encoder
    {
        private void C()
        {
            var i = _current;
            // Germanic -ach- (Bacher, Macher) is hard; Italian -achi- and -ache- are not.
            if (i > 1 && !IsVowel(i - 2) && Is(i - 1, "ACH") && At(i + 2) != 'I' && (At(i + 2) != 'E' || Is(i - 2, "BACHER", "MACHER")))
            {
                Advance("K", 2);
            }
            else if (i == 0 && Is(i, "CAESAR"))
            {
                Advance("S", 2);
            }
            else if (Is(i, "CHIA"))
            {
                // Italian: Chianti.
                Advance("K", 2);
            }
            else if (Is(i, "CH"))
            {
                CH();
            }
            else if (Is(i, "CZ") && !Is(i - 2, "WICZ"))
            {
                // Czerny.
                Add("S", "X");
                _current += 2;
            }
            else if (Is(i + 1, "CIA"))
            {
                // Italian: focaccia.
                Advance("X", 3);
            }
            else if (Is(i, "CC") && !(i == 1 && At(0) == 'M'))
            {
                CC();
            }
            else if (Is(i, "CK", "CG", "CQ"))
            {
                Advance("K", 2);
            }
            else if (Is(i, "CI", "CE", "CY"))
            {
                // Italian cio/cie/cia may sound CH.
                if (Is(i, "CIO", "CIE", "CIA"))
                {
                    Add("S", "X");
                }
                else
                {
                    Add("S");
                }

                _current += 2;
            }
            else
            {
                Add("K");
                // Mac Caffrey, Mac Gregor: the next word's hard consonant is the same sound.
                _current += Is(i + 1, " C", " Q", " G") ? 3 : Is(i + 1, "C", "K", "Q") && !Is(i + 1, "CE", "CI") ? 2 : 1;
            }
        }

        private void CH()
        {
            var i = _current;
            if (i > 0 && Is(i, "CHAE"))
            {
                // Michael.
                Add("K", "X");
            }
            else if (i == 0 && (Is(i + 1, "HARAC", "HARIS") || Is(i + 1, "HOR", "HYM", "HIA", "HEM")) && !Is(0, "CHORE"))
            {
                // Greek roots: character, chorus, chemist.
                Add("K");
            }
            else if (Is(0, "VAN ", "VON ") || Is(0, "SCH") || Is(i - 2, "ORCHES", "ARCHIT", "ORCHID") || Is(i + 2, "T", "S") ||
                ((i == 0 || Is(i - 1, "A", "O", "U", "E")) && Is(i + 2, "L", "R", "N", "M", "B", "H", "F", "V", "W", " ")))
            {
                // Germanic and Greek CH, or CH before a consonant: Bach, Christ, Achtung.
                Add("K");
            }
            else if (i > 0)
            {
                // McHugh is hard; otherwise English CH with a Germanic alternative.
                if (Is(0, "MC"))
                {
                    Add("K");
                }
                else
                {
                    Add("X", "K");
                }
            }
            else
            {
                Add("X");
            }

            _current += 2;
        }

        private void CC()
        {
            var i = _current;
            // Bellocchio but not Bacchus.
            if (Is(i + 2, "I", "E", "H") && !Is(i + 2, "HU"))
            {
                // Accident, succeed sound KS; Italian Bacci sounds CH.
                Advance((i == 1 && At(0) == 'A') || Is(i - 1, "UCCEE", "UCCES") ? "KS" : "X", 3);
                return;
            }

            Advance("K", 2);
        }

        private void G()
        {
            var i = _current;
            if (At(i + 1) == 'H')
            {
                GH();
            }
            else if (At(i + 1) == 'N')
            {
                if (i == 1 && IsVowel(0) && !_slavoGermanic)
                {
                    Add("KN", "N");
                }
                else if (!Is(i + 2, "EY") && !_slavoGermanic)
                {
                    // Campagna: the G is silent, but Cagney keeps it.
                    Add("N", "KN");
                }
                else
                {
                    Add("KN");
                }

                _current += 2;
            }
            else if (Is(i + 1, "LI") && !_slavoGermanic)
            {
                // Italian: Tagliaro.
                Add("KL", "L");
                _current += 2;
            }
            else if (i == 0 && (At(i + 1) == 'Y' || Is(i + 1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")))
            {
                Add("K", "J");
                _current += 2;
            }
            else if ((Is(i + 1, "ER") || At(i + 1) == 'Y') && !Is(0, "DANGER", "RANGER", "MANGER") && !Is(i - 1, "E", "I") && !Is(i - 1, "RGY", "OGY"))
            {
                Add("K", "J");
                _current += 2;
            }
            else if (Is(i + 1, "E", "I", "Y") || Is(i - 1, "AGGI", "OGGI"))
            {
                if (Is(0, "VAN ", "VON ") || Is(0, "SCH") || Is(i + 1, "ET"))
                {
                    Add("K");
                }
                else if (Is(i + 1, "IER "))
                {
                    // A French ending is always soft.
                    Add("J");
                }
                else
                {
                    Add("J", "K");
                }

                _current += 2;
            }
            else
            {
                _current += At(i + 1) == 'G' ? 2 : 1;
                Add("K");
            }
        }

        private void GH()
        {
            var i = _current;
            if (i > 0 && !IsVowel(i - 1))
            {
                Advance("K", 2);
            }
            else if (i == 0)
            {
                // Ghislane sounds J, Ghiradelli K.
                Advance(At(i + 2) == 'I' ? "J" : "K", 2);
            }
            else if ((i > 1 && Is(i - 2, "B", "H", "D")) || (i > 2 && Is(i - 3, "B", "H", "D")) || (i > 3 && Is(i - 4, "B", "H")))
            {
                // Parker's rule: Hugh, bough, broughton are silent.
                _current += 2;
            }
            else
            {
                // Laugh, McLaughlin, cough, rough sound F; -igh- is silent.
                if (i > 2 && At(i - 1) == 'U' && Is(i - 3, "C", "G", "L", "R", "T"))
                {
                    Add("F");
                }
                else if (At(i - 1) != 'I')
                {
                    Add("K");
                }

                _current += 2;
            }
        }
    }
}
