using Dynamics.Mailchimp.Sync.Journeys;

namespace Dynamics.Mailchimp.Sync.Tests.Journeys;

/// <summary>The text ids of dmc_audiencesetting (dmc_purposeid, dmc_topicid, dmc_complianceprofileid) read as a purpose.</summary>
public sealed class JourneysPurposeTests
{
    private const string Audience = "a1b2c3d4e5";

    [Fact]
    public void Parse_AllEmpty_IsNotConfigured()
    {
        // Arrange / Act
        var purpose = JourneysPurpose.Parse(Audience, null, " ", string.Empty);

        // Assert
        Assert.Null(purpose);
    }

    [Fact]
    public void Parse_PurposeTopicAndProfile_ReadsTheIds()
    {
        // Arrange / Act
        var purpose = JourneysPurpose.Parse(Audience, " 0d5a2c1e-7a42-4b1f-9a0e-3c1d2b4a5e6f ", "8E2B7C44-1F3A-4C55-A0D9-6B7E8F9A0B1C", "{11111111-2222-3333-4444-555555555555}");

        // Assert
        Assert.Equal(new JourneysPurpose(new Guid("0d5a2c1e-7a42-4b1f-9a0e-3c1d2b4a5e6f"), new Guid("8e2b7c44-1f3a-4c55-a0d9-6b7e8f9a0b1c"), new Guid("11111111-2222-3333-4444-555555555555")), purpose);
    }

    [Fact]
    public void Parse_NotAGuid_FailsNamingTheAudienceAndTheColumn()
    {
        // Arrange / Act
        var error = Assert.Throws<JourneysSettingException>(() => JourneysPurpose.Parse(Audience, "Newsletter", null, null));

        // Assert
        Assert.Contains(Audience, error.Message, StringComparison.Ordinal);
        Assert.Contains("dmc_purposeid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TopicWithoutPurpose_Fails()
    {
        // Arrange / Act
        var error = Assert.Throws<JourneysSettingException>(() => JourneysPurpose.Parse(Audience, null, "8e2b7c44-1f3a-4c55-a0d9-6b7e8f9a0b1c", null));

        // Assert
        Assert.Contains("no purpose id", error.Message, StringComparison.Ordinal);
    }
}
