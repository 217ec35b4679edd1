using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>Web API date-times read back: ISO 8601 by its exact formats, anything else as the lenient parser reads it.</summary>
public sealed class WebApiDatesTests
{
    [Theory]
    [InlineData("2026-11-01T08:00:00Z", "2026-11-01T08:00:00+00:00")]
    [InlineData("2026-11-01T08:00:00.1234567Z", "2026-11-01T08:00:00.1234567+00:00")]
    [InlineData("2026-11-01T08:00:00.5Z", "2026-11-01T08:00:00.5+00:00")]
    [InlineData("2026-11-01T10:00:00+02:00", "2026-11-01T10:00:00+02:00")]
    [InlineData("2026-11-01T08:00:00", "2026-11-01T08:00:00+00:00")]
    [InlineData("2026-11-01T08:00:00.25", "2026-11-01T08:00:00.25+00:00")]
    [InlineData("11/01/2026 08:00:00", "2026-11-01T08:00:00+00:00")]
    public void TryParse_IsoOrLenientText_ReadsTheMomentWithUtcWhenNoOffsetIsGiven(string text, string expected)
    {
        // Act
        var parsed = WebApiDates.TryParse(text, out var moment);

        // Assert
        Assert.True(parsed);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), moment);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, moment.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a date")]
    [InlineData("2026-13-01T08:00:00Z")]
    public void TryParse_NotADateTime_False(string text)
    {
        // Act
        var parsed = WebApiDates.TryParse(text, out _);

        // Assert
        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_WhatFormatWrites_ReadsTheSameMoment()
    {
        // Arrange
        var moment = new DateTimeOffset(2026, 11, 30, 21, 31, 38, TimeSpan.FromHours(1));

        // Act
        var parsed = WebApiDates.TryParse(WebApiDates.Format(moment), out var read);

        // Assert
        Assert.True(parsed);
        Assert.Equal(moment, read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }
}
