using System.Text;
using Dyad.Language.Sentences;
using Dyad.Language.Tokens;
using Dyad.Testing;

namespace Dyad.Language.Tests.Tokens;

public sealed class TokenizerPropertyTests
{
    [Fact]
    public void TokensAndGapsRebuildHostileTextExactly()
        => Properties.ForAll(300, rng => AssertLossless(Properties.HostileText(rng)));

    [Fact]
    public void TokensAndGapsRebuildRandomUtf16Exactly()
        => Properties.ForAll(300, rng => AssertLossless(RandomUnits(rng, rng.Next(0, 300))));

    [Fact]
    public void TokensAndGapsRebuildPunctuationSoupExactly()
    {
        const string Alphabet = "aZ9.'’-,:/+@$%\"“”()[] \n\u0301\u00A0\u200Bhttp://www.x.ru n't 's U.S.";
        Properties.ForAll(300, rng =>
        {
            var sb = new StringBuilder();
            var n = rng.Next(0, 200);
            for (var i = 0; i < n; i++)
            {
                sb.Append(Alphabet[rng.Next(Alphabet.Length)]);
            }

            AssertLossless(sb.ToString());
        });
    }

    [Fact]
    public void EmptyTextHasNoTokensAndNoSentences()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(SentenceSplitter.Split("", out _));
    }

    [Fact]
    public void MegabyteWithoutSpacesIsTokenizedLosslessly()
    {
        var rng = new Random(7);
        var sb = new StringBuilder(1 << 20);
        while (sb.Length < 1 << 20)
        {
            sb.Append("al-Assad.U.S'sn't1,000:23-").Append((char)('a' + rng.Next(26)));
        }

        AssertLossless(sb.ToString());
        AssertLossless(new string('x', 1 << 20));
        AssertLossless(new string('.', 1 << 20));
    }

    private static string RandomUnits(Random rng, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = rng.Next(4) switch
            {
                0 => (char)rng.Next(0, 128),
                1 => (char)rng.Next(0, 0x3000),
                2 => (char)rng.Next(0xD800, 0xE000),
                _ => (char)rng.Next(0, 0x10000),
            };
        }

        return new string(chars);
    }

    internal static void AssertLossless(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var rebuilt = new StringBuilder(text.Length);
        var at = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Start >= at, $"Token {token.Span} overlaps or precedes the one before (ends {at}).");
            Assert.False(token.Span.IsEmpty, $"Empty token at {token.Span}.");
            Assert.True(token.Span.FitsIn(text.Length), $"Token {token.Span} is out of bounds ({text.Length}).");
            for (var k = at; k < token.Span.Start; k++)
            {
                Assert.True(Tokenizer.IsGap(text[k]), $"Character U+{(int)text[k]:X4} at {k} is in no token.");
            }

            rebuilt.Append(text, at, token.Span.Start - at).Append(token.Slice(text));
            at = token.Span.End;
        }

        for (var k = at; k < text.Length; k++)
        {
            Assert.True(Tokenizer.IsGap(text[k]), $"Character U+{(int)text[k]:X4} at {k} is in no token.");
        }

        rebuilt.Append(text, at, text.Length - at);
        Assert.Equal(text, rebuilt.ToString());

        var sentences = SentenceSplitter.Split(text, tokens);
        var next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens[sentence.FirstToken].Span.Start, sentence.Span.Start);
            Assert.Equal(tokens[sentence.FirstToken + sentence.TokenCount - 1].Span.End, sentence.Span.End);
            next += sentence.TokenCount;
        }

        Assert.Equal(tokens.Length, next);
    }
}
