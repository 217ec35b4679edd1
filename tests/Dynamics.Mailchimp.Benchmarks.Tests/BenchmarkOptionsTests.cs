namespace Dynamics.Mailchimp.Benchmarks.Tests;

public sealed class BenchmarkOptionsTests
{
    [Fact]
    public void Parse_RepeatedN_KeepsEverySizeInOrder()
    {
        // Arrange
        string[] args = ["--n", "10000", "--n", "100000", "--json"];

        // Act
        var options = BenchmarkOptions.Parse(args);

        // Assert
        Assert.Equal([10_000, 100_000], options.Sizes);
        Assert.True(options.Json);
        Assert.Equal(BenchmarkOptions.DefaultBaselineSample, options.BaselineSample);
    }

    [Fact]
    public void Parse_NoN_DefaultsToTenThousand()
    {
        // Arrange / Act
        var options = BenchmarkOptions.Parse([]);

        // Assert
        Assert.Equal([10_000], options.Sizes);
    }

    [Theory]
    [InlineData("--n", "0")]
    [InlineData("--n", "ten")]
    [InlineData("--bogus", "1")]
    public void Parse_BadFlag_ThrowsNamingIt(string flag, string value)
    {
        // Arrange / Act
        var error = Assert.Throws<ArgumentException>(() => BenchmarkOptions.Parse([flag, value]));

        // Assert
        Assert.Contains(flag, error.Message, StringComparison.Ordinal);
    }
}
