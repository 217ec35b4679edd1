using Dynamics.Mailchimp.Benchmarks.Orchestration;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Orchestration;

public sealed class SizeArgsTests
{
    [Fact]
    public void Parse_RepeatedFlagAndJson_KeepsTheSizesInOrder()
    {
        // Arrange
        string[] args = ["--dynamic", "10000", "--json", "--dynamic", "100000"];

        // Act
        var parsed = SizeArgs.Parse(args, "--dynamic");

        // Assert
        Assert.NotNull(parsed);
        Assert.Equal([10_000, 100_000], parsed.Sizes);
        Assert.True(parsed.Json);
    }

    [Theory]
    [InlineData("--dynamic", "0")]
    [InlineData("--dynamic", "-5")]
    [InlineData("--dynamic", "many")]
    [InlineData("--activity", "10")]
    public void Parse_BadSizeOrOtherFlag_IsNull(string flag, string value)
    {
        // Arrange
        string[] args = [flag, value];

        // Act
        var parsed = SizeArgs.Parse(args, "--dynamic");

        // Assert
        Assert.Null(parsed);
    }
}
