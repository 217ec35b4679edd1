using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Merge values are checked on every write, as Mailchimp does. Page: https://mailchimp.com/developer/marketing/docs/merge-fields/</summary>
public sealed partial class MembersHandlerTests
{
    private const string MergeFieldsPath = $"lists/{TestSandbox.ListId}/merge-fields";

    [Fact(DisplayName = "Put_ExistingMemberMissingRequiredMergeField_Returns400EnterValue (recorded: ibericode/mailchimp-for-wordpress#545, a PUT)")]
    public async Task Put_ExistingMemberMissingRequiredMergeField_Returns400EnterValue()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.PostAsync(MergeFieldsPath, new { name = "Company", type = "text", tag = "COMPANY", required = true });

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", status_if_new = "subscribed", merge_fields = new { FNAME = "Ada" } });
        var (_, read) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "Your merge fields were invalid.");
        Assert.Equal("COMPANY", body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("Please enter a value", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(string.Empty, read!["merge_fields"]!["FNAME"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Patch_MissingRequiredMergeFieldWithSkipMergeValidation_IsAccepted (https://mailchimp.com/developer/marketing/api/list-members/update-list-member/ skip_merge_validation)")]
    public async Task Patch_MissingRequiredMergeFieldWithSkipMergeValidation_IsAccepted()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.PostAsync(MergeFieldsPath, new { name = "Company", type = "text", tag = "COMPANY", required = true });

        // Act
        var (response, body) = await sut.PatchAsync($"{Members}/ada@brightfield-labs.com?skip_merge_validation=true", new { merge_fields = new { FNAME = "Ada" } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ada", body!["merge_fields"]!["FNAME"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Patch_RequiredMergeFieldAlreadySet_IsAcceptedWithoutResendingIt (https://mailchimp.com/developer/marketing/api/list-members/update-list-member/)")]
    public async Task Patch_RequiredMergeFieldAlreadySet_IsAcceptedWithoutResendingIt()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.PostAsync(MergeFieldsPath, new { name = "Company", type = "text", tag = "COMPANY", required = true });
        await sut.AddMemberAsync("ada@brightfield-labs.com", mergeFields: new { COMPANY = "Analytical Engines Ltd" });

        // Act
        var (response, _) = await sut.PatchAsync($"{Members}/ada@brightfield-labs.com", new { merge_fields = new { FNAME = "Ada" } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact(DisplayName = "Put_NumberMergeFieldGivenText_Returns400EnterNumber (recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js, LTV)")]
    public async Task Put_NumberMergeFieldGivenText_Returns400EnterNumber()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.PostAsync(MergeFieldsPath, new { name = "Lifetime value", type = "number", tag = "LTV" });
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (refused, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", merge_fields = new { LTV = "AAAAA" } });
        var (asNumber, _) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", merge_fields = new { LTV = 12.5 } });
        var (asNumericText, _) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", merge_fields = new { LTV = "40" } });

        // Assert
        ProblemAssert.Is(refused, body, HttpStatusCode.BadRequest, "Invalid Resource", "Your merge fields were invalid.");
        Assert.Equal("LTV", body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("Please enter a number", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, asNumber.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asNumericText.StatusCode);
    }

    public static TheoryData<JsonNode> NotTextValues() => new()
    {
        JsonValue.Create(true),
        JsonValue.Create(false),
        new JsonArray("Ada"),
        new JsonObject { ["first"] = "Ada" },
    };

    [Theory(DisplayName = "Post_BooleanArrayOrObjectInTextMergeField_Returns400SchemaError (recorded: OperationCode/operationcode_old_site#692, mailchimp/mc-magento#497)")]
    [MemberData(nameof(NotTextValues))]
    public async Task Post_BooleanArrayOrObjectInTextMergeField_Returns400SchemaError(JsonNode value)
    {
        // Arrange
        await using var sut = await CreateSut();
        var write = new JsonObject { ["email_address"] = "ada@brightfield-labs.com", ["status"] = "subscribed", ["merge_fields"] = new JsonObject { ["FNAME"] = value.DeepClone() } };

        // Act
        var (response, body) = await sut.PostAsync(Members, write);
        var (read, _) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "The resource submitted could not be validated. For field-specific details, see the 'errors' array.");
        Assert.Equal("merge_fields.FNAME", body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("Data did not match any of the schemas described in anyOf.", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact(DisplayName = "Post_IncompleteAddress_Returns400EnterCompleteAddress (recorded: verbb/formie#2387; addr1, city, state, zip required: beaufort12.com Mailchimp address-field FAQ)")]
    public async Task Post_IncompleteAddress_Returns400EnterCompleteAddress()
    {
        // Arrange
        await using var sut = await CreateSut();
        var complete = new JsonObject { ["addr1"] = "12 Harbour Road", ["city"] = "Portland", ["state"] = "ME", ["zip"] = "04101" };

        // Act
        var (refused, body) = await sut.PostAsync(Members, new { email_address = "ada@brightfield-labs.com", status = "subscribed", merge_fields = new { ADDRESS = new { addr1 = "12 Harbour Road", city = "Portland" } } });
        var (accepted, added) = await sut.PostAsync(Members, new JsonObject { ["email_address"] = "ada@brightfield-labs.com", ["status"] = "subscribed", ["merge_fields"] = new JsonObject { ["ADDRESS"] = complete } });

        // Assert
        ProblemAssert.Is(refused, body, HttpStatusCode.BadRequest, "Invalid Resource", "Your merge fields were invalid.");
        Assert.Equal("ADDRESS", body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("Please enter a complete address", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Portland", added!["merge_fields"]!["ADDRESS"]!["city"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Post_TextLongerThan255Bytes_IsClippedTo255Bytes (Mailchimp: Format Guidelines for Your Import File, text fields)")]
    public async Task Post_TextLongerThan255Bytes_IsClippedTo255Bytes()
    {
        // Arrange
        await using var sut = await CreateSut();
        var longName = new string('a', 250) + "ééééé";

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = "ada@brightfield-labs.com", status = "subscribed", merge_fields = new { FNAME = longName } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new string('a', 250) + "éé", body!["merge_fields"]!["FNAME"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Post_UnknownMergeTags_AreIgnored (recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export-profile.js, email_address sent inside merge_fields)")]
    public async Task Post_UnknownMergeTags_AreIgnored()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = "ada@brightfield-labs.com", status = "subscribed", merge_fields = new { FNAME = "Ada", email_address = "ada@brightfield-labs.com", NOTATAG = "x" } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merge = body!["merge_fields"]!.AsObject();
        Assert.Equal("Ada", merge["FNAME"]!.GetValue<string>());
        Assert.False(merge.ContainsKey("email_address"));
        Assert.False(merge.ContainsKey("NOTATAG"));
    }

    [Fact(DisplayName = "Post_UnknownInterestId_Returns400InvalidInterest (recorded: drewm/mailchimp-api#294)")]
    public async Task Post_UnknownInterestId_Returns400InvalidInterest()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Members, new JsonObject
        {
            ["email_address"] = "ada@brightfield-labs.com",
            ["status"] = "subscribed",
            ["interests"] = new JsonObject { ["c06bb4b529"] = true },
        });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "Invalid interest ID: 'c06bb4b529'.");
    }

    [Fact(DisplayName = "Patch_UnknownInterestId_Returns400AndLeavesMemberUntouched (recorded: drewm/mailchimp-api#294)")]
    public async Task Patch_UnknownInterestId_Returns400AndLeavesMemberUntouched()
    {
        // Arrange
        await using var sut = await CreateSut();
        var added = await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(5));

        // Act
        var (response, body) = await sut.PatchAsync($"{Members}/ada@brightfield-labs.com", new JsonObject
        {
            ["merge_fields"] = new JsonObject { ["FNAME"] = "Ada" },
            ["interests"] = new JsonObject { ["0123456789"] = true },
        });
        var (_, read) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "Invalid interest ID: '0123456789'.");
        Assert.Equal(string.Empty, read!["merge_fields"]!["FNAME"]!.GetValue<string>());
        Assert.Equal(added["last_changed"]!.GetValue<string>(), read["last_changed"]!.GetValue<string>());
    }

    [Theory(DisplayName = "Write_StatusCleaned_Returns400BecauseOnlyMailchimpCleans (https://mailchimp.com/developer/marketing/docs/errors/; cleaned is set by Mailchimp on bounces)")]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task Write_StatusCleaned_Returns400BecauseOnlyMailchimpCleans(string method)
    {
        // Arrange
        await using var sut = await CreateSut();
        if (method == "PATCH")
        {
            await sut.AddMemberAsync("ada@brightfield-labs.com");
        }

        var path = method == "POST" ? Members : $"{Members}/ada@brightfield-labs.com";

        // Act
        var (response, body) = await sut.SendAsync(new HttpMethod(method), path, new { email_address = "ada@brightfield-labs.com", status = "cleaned" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("status", body!["errors"]![0]!["field"]!.GetValue<string>());
    }
}
