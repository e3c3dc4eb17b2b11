namespace ScanService.Match.Text;

/// <summary>S to Z: sibilants, TH, and the letters Slavic, Germanic and French spellings use differently.</summary>
public static partial class DoubleMetaphone
{
    private ref partial struct Encoder
    {
        private void S()
        {
            var i = _current;
            if (Is(i - 1, "ISL", "YSL"))
            {
                // Island, Carlisle: silent.
                _current++;
            }
            else if (i == 0 && Is(i, "SUGAR"))
            {
                Add("X", "S");
                _current++;
            }
            else if (Is(i, "SH"))
            {
                // Germanic compounds: Rosheim, Holmes-like endings keep S.
                Advance(Is(i + 1, "HEIM", "HOEK", "HOLM", "HOLZ") ? "S" : "X", 2);
            }
            else if (Is(i, "SIO", "SIA"))
            {
                // Italian and Armenian: -sian, -sio.
                if (_slavoGermanic)
                {
                    Add("S");
                }
                else
                {
                    Add("S", "X");
                }

                _current += 3;
            }
            else if ((i == 0 && Is(i + 1, "M", "N", "L", "W")) || Is(i + 1, "Z"))
            {
                // Smith matches Schmidt, Snider Schneider; Slavic -sz-.
                Add("S", "X");
                _current += Is(i + 1, "Z") ? 2 : 1;
            }
            else if (Is(i, "SC"))
            {
                SC();
            }
            else
            {
                // French final -ais, -ois (Resnais, Artois) may be silent.
                if (i == _last && Is(i - 2, "AI", "OI"))
                {
                    Add(string.Empty, "S");
                }
                else
                {
                    Add("S");
                }

                _current += Is(i + 1, "S", "Z") ? 2 : 1;
            }
        }

        private void SC()
        {
            var i = _current;
            if (At(i + 2) == 'H')
            {
                if (Is(i + 3, "OO", "ER", "EN", "UY", "ED", "EM"))
                {
                    // Dutch: school, schooner; Schermerhorn, Schenker may also be German.
                    if (Is(i + 3, "ER", "EN"))
                    {
                        Add("X", "SK");
                    }
                    else
                    {
                        Add("SK");
                    }
                }
                else if (i == 0 && !IsVowel(3) && At(3) != 'W')
                {
                    // Schlesinger's rule.
                    Add("X", "S");
                }
                else
                {
                    Add("X");
                }
            }
            else
            {
                Add(Is(i + 2, "I", "E", "Y") ? "S" : "SK");
            }

            _current += 3;
        }

        private void T()
        {
            var i = _current;
            if (Is(i, "TION") || Is(i, "TIA", "TCH"))
            {
                Advance("X", 3);
            }
            else if (Is(i, "TH") || Is(i, "TTH"))
            {
                // Thomas, Thames and Germanic names keep a plain T.
                if (Is(i + 2, "OM", "AM") || Is(0, "VAN ", "VON ") || Is(0, "SCH"))
                {
                    Add("T");
                }
                else
                {
                    Add("0", "T");
                }

                _current += 2;
            }
            else
            {
                _current += Is(i + 1, "T", "D") ? 2 : 1;
                Add("T");
            }
        }

        private void W()
        {
            var i = _current;
            if (Is(i, "WR"))
            {
                Advance("R", 2);
                return;
            }

            if (i == 0 && (IsVowel(i + 1) || Is(i, "WH")))
            {
                // Wasserman may be Vasserman; Uomo should match Womo.
                if (IsVowel(i + 1))
                {
                    Add("A", "F");
                }
                else
                {
                    Add("A");
                }
            }

            if ((i == _last && IsVowel(i - 1)) || Is(i - 1, "EWSKI", "EWSKY", "OWSKI", "OWSKY") || Is(0, "SCH"))
            {
                // Arnow may be Arnoff; Polish -owski.
                Add(string.Empty, "F");
                _current++;
            }
            else if (Is(i, "WICZ", "WITZ"))
            {
                Add("TS", "FX");
                _current += 4;
            }
            else
            {
                _current++;
            }
        }

        private void X()
        {
            var i = _current;
            // French final -eaux, -iaux, -aux, -oux are silent (Breaux).
            if (!(i == _last && (Is(i - 3, "IAU", "EAU") || Is(i - 2, "AU", "OU"))))
            {
                Add("KS");
            }

            _current += Is(i + 1, "C", "X") ? 2 : 1;
        }

        private void Z()
        {
            var i = _current;
            if (At(i + 1) == 'H')
            {
                // Pinyin: Zhao.
                Advance("J", 2);
                return;
            }

            if (Is(i + 1, "ZO", "ZI", "ZA") || (_slavoGermanic && i > 0 && At(i - 1) != 'T'))
            {
                Add("S", "TS");
            }
            else
            {
                Add("S");
            }

            _current += At(i + 1) == 'Z' ? 2 : 1;
        }
    }
}
