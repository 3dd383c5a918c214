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
}
