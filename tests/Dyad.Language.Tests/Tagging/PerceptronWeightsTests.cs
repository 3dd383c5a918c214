using Dyad.Language.Tagging;

namespace Dyad.Language.Tests.Tagging;

public sealed class PerceptronWeightsTests
{
    /// <summary>Reads the unquantised weight table as written, into a plain dictionary: the reference the fast lookup must match.</summary>
    private static Dictionary<ulong, List<(byte Class, float Value)>> ReadPlainly(PerceptronWeights weights)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            weights.Write(writer, quantise: false);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        reader.ReadInt32();
        var rows = reader.ReadInt32();
        reader.ReadBoolean();
        reader.ReadSingle();
        var table = new Dictionary<ulong, List<(byte, float)>>();
        for (var row = 0; row < rows; row++)
        {
            var key = reader.ReadUInt64();
            var count = reader.ReadByte() + 1;
            var list = new List<(byte, float)>();
            for (var k = 0; k < count; k++)
            {
                list.Add((reader.ReadByte(), reader.ReadSingle()));
            }

            table.Add(key, list);
        }

        return table;
    }

    [Fact]
    public void ScoresEqualPlainSumsOfTheStoredWeightsBitForBit()
    {
        const int classes = 7;
        var random = new Random(11);
        var perceptron = new AveragedPerceptron(classes);
        var features = new ulong[30];
        for (var step = 0; step < 3000; step++)
        {
            for (var f = 0; f < features.Length; f++)
            {
                features[f] = FeatureHash.Finish((ulong)random.Next(5000));
            }

            perceptron.Tick();
            perceptron.Update(features, random.Next(classes), random.Next(classes));
        }

        var weights = perceptron.ToWeights(0.01f);
        var plain = ReadPlainly(weights);
        Assert.Equal(weights.FeatureCount, plain.Count);

        var scores = new float[classes];
        var expected = new float[classes];
        for (var n = 0; n < 500; n++)
        {
            // Known keys, unknown keys, repeats and, now and then, more keys than one batch of the lookup.
            var query = new ulong[random.Next(0, n % 50 == 0 ? 400 : 60)];
            for (var f = 0; f < query.Length; f++)
            {
                query[f] = FeatureHash.Finish((ulong)random.Next(7000));
            }

            Array.Clear(expected);
            foreach (var key in query)
            {
                if (plain.TryGetValue(key, out var row))
                {
                    foreach (var (c, value) in row)
                    {
                        expected[c] += value;
                    }
                }
            }

            weights.Score(query, scores);
            Assert.Equal(expected, scores);
        }
    }

    [Fact]
    public void KeysThatCollideInTheTableAreKeptApart()
    {
        // Keys equal in their low bits land in the same slot of a small table and must probe onwards.
        var perceptron = new AveragedPerceptron(2);
        ulong[] keys = [0, 1UL << 40, 2UL << 40, 3UL << 40, 5];
        for (var i = 0; i < keys.Length; i++)
        {
            perceptron.Tick();
            perceptron.Update(keys.AsSpan(i, 1), i % 2, 1 - (i % 2));
        }

        for (var i = 0; i < 10; i++)
        {
            perceptron.Tick(); // so that the last update also carries weight in the average
        }

        var weights = perceptron.ToWeights(0f);
        var scores = new float[2];
        for (var i = 0; i < keys.Length; i++)
        {
            weights.Score(keys.AsSpan(i, 1), scores);
            Assert.True(scores[i % 2] > 0 && scores[1 - (i % 2)] < 0, $"key {i}: {scores[0]}, {scores[1]}");
        }

        weights.Score([4UL << 40, 6], scores);
        Assert.Equal([0f, 0f], scores);
    }

    /// <summary>Writes <paramref name="weights"/> quantised and reads the file back both as weights and, plainly, as integer rows.</summary>
    private static (PerceptronWeights Weights, Dictionary<ulong, List<(byte Class, short Value)>> Rows) Quantised(PerceptronWeights weights)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            weights.Write(writer, quantise: true);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        reader.ReadInt32();
        var rows = reader.ReadInt32();
        Assert.True(reader.ReadBoolean());
        reader.ReadSingle();
        var table = new Dictionary<ulong, List<(byte, short)>>();
        for (var row = 0; row < rows; row++)
        {
            var key = reader.ReadUInt64();
            var count = reader.ReadByte() + 1;
            var list = new List<(byte, short)>();
            for (var k = 0; k < count; k++)
            {
                list.Add((reader.ReadByte(), reader.ReadInt16()));
            }

            table.Add(key, list);
        }

        stream.Position = 0;
        using var again = new BinaryReader(stream);
        return (PerceptronWeights.Read(again), table);
    }

    [Fact]
    public void IntegerSumsEqualPlainSumsOfTheQuantisedWeightsInAnyOrder()
    {
        // 40 classes and a skewed choice of features: rows of one, two, a few and many weights (inline, packed, dense).
        const int classes = 40;
        var random = new Random(17);
        var perceptron = new AveragedPerceptron(classes);
        var features = new ulong[12];
        for (var step = 0; step < 6000; step++)
        {
            for (var f = 0; f < features.Length; f++)
            {
                var id = random.Next(4) == 0 ? random.Next(30) : random.Next(20_000);
                features[f] = FeatureHash.Finish((ulong)id);
            }

            perceptron.Tick();
            perceptron.Update(features, random.Next(classes), random.Next(classes));
        }

        var (weights, rows) = Quantised(perceptron.ToWeights(0.01f));
        Assert.True(weights.IsQuantised);
        Assert.Contains(rows.Values, r => r.Count == 2);
        Assert.Contains(rows.Values, r => r.Count is > 2 and < 8);
        Assert.Contains(rows.Values, r => r.Count >= 20);

        var sums = new int[weights.Stride];
        var shuffled = new int[weights.Stride];
        var expected = new int[weights.Stride];
        var scores = new float[classes];
        for (var n = 0; n < 400; n++)
        {
            var query = new ulong[random.Next(0, n % 50 == 0 ? 300 : 60)];
            for (var f = 0; f < query.Length; f++)
            {
                query[f] = FeatureHash.Finish((ulong)random.Next(25_000));
            }

            Array.Clear(expected);
            foreach (var key in query)
            {
                foreach (var (c, value) in rows.GetValueOrDefault(key) ?? [])
                {
                    expected[c] += value;
                }
            }

            Array.Clear(sums);
            weights.Accumulate(query, sums);
            Assert.Equal(expected, sums);

            random.Shuffle(query);
            Array.Clear(shuffled);
            weights.Accumulate(query.AsSpan(0, query.Length / 2), shuffled);
            weights.Accumulate(query.AsSpan(query.Length / 2), shuffled);
            Assert.Equal(expected, shuffled);

            // The float scores of the same weights agree up to rounding.
            weights.Score(query, scores);
            for (var c = 0; c < classes; c++)
            {
                Assert.Equal(sums[c] * weights.Scale, scores[c], 1e-3f * Math.Max(1f, Math.Abs(scores[c])));
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void KeysPiledOnTheTablesLastSlotsAreFoundAcrossTheWrapAndPastSixteenProbes(bool sameTag)
    {
        // 40 keys with the same home slot near the end of a 64-slot table: the run wraps to the start and is longer
        // than the 16 tags one vector load reads, with tags all equal (every candidate a collision) or all different.
        var perceptron = new AveragedPerceptron(2);
        var keys = new ulong[40];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (sameTag ? 0 : (ulong)i << 57) | ((ulong)(i + 1) << 40) | 62;
            perceptron.Tick();
            perceptron.Update(keys.AsSpan(i, 1), i % 2, 1 - (i % 2));
        }

        for (var i = 0; i < 10; i++)
        {
            perceptron.Tick();
        }

        var (weights, rows) = Quantised(perceptron.ToWeights(0f));
        var sums = new int[weights.Stride];
        for (var i = 0; i < keys.Length; i++)
        {
            Array.Clear(sums);
            weights.Accumulate(keys.AsSpan(i, 1), sums);
            Assert.True(sums[i % 2] > 0 && sums[1 - (i % 2)] < 0, $"key {i}: {sums[0]}, {sums[1]}");
            Assert.Equal(rows[keys[i]].Sum(w => (int)w.Value), sums[0] + sums[1]);
        }

        Array.Clear(sums);
        weights.Accumulate([(41UL << 40) | 62, 63, 0], sums);
        Assert.Equal(0, sums[0]);
        Assert.Equal(0, sums[1]);
    }

    [Fact]
    public void RowsOfOneWeightSumInteger()
    {
        // Training never leaves a single weight (updates move weight between two classes), but a file may hold one.
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(3); // classes
            writer.Write(2); // rows
            writer.Write(true);
            writer.Write(0.5f);
            writer.Write(FeatureHash.Finish(1));
            writer.Write((byte)0);
            writer.Write((byte)1);
            writer.Write((short)7);
            writer.Write(FeatureHash.Finish(2));
            writer.Write((byte)0);
            writer.Write((byte)2);
            writer.Write((short)-3);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var weights = PerceptronWeights.Read(reader);
        var sums = new int[weights.Stride];
        weights.Accumulate([FeatureHash.Finish(1), FeatureHash.Finish(2), FeatureHash.Finish(1), FeatureHash.Finish(3)], sums);
        Assert.Equal([0, 14, -3], sums[..3]);
        var scores = new float[3];
        weights.Score([FeatureHash.Finish(1), FeatureHash.Finish(2)], scores);
        Assert.Equal([0f, 3.5f, -1.5f], scores);
    }

    [Fact]
    public void IntegerSumsNeedQuantisedWeights()
    {
        var perceptron = new AveragedPerceptron(3);
        perceptron.Tick();
        perceptron.Update([FeatureHash.Finish(1)], 0, 1);
        var weights = perceptron.ToWeights(0f);
        Assert.False(weights.IsQuantised);
        Assert.Throws<InvalidOperationException>(() => weights.Accumulate([FeatureHash.Finish(1)], new int[weights.Stride]));
    }
}
