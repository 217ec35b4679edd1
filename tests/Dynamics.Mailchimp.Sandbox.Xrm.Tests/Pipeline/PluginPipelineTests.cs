using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Tests.Support;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Pipeline;

public sealed class PluginPipelineTests
{
    private static Guid Seed(InMemoryOrganization org) =>
        org.CreateService(new CallerOptions(org.SystemUserId, BypassCustomPlugins: true))
            .Create(new Entity("contact") { ["lastname"] = "Lovelace", ["emailaddress1"] = "ada@example.org" });

    [Fact]
    public void Update_StepsOnEveryStage_RunInStageThenRankOrder()
    {
        // Arrange
        var harness = new PipelineHarness();
        var org = harness.Build(
            harness.Step("post2", harness.Recorder("post2"), rank: 2),
            harness.Step("post1", harness.Recorder("post1"), rank: 1),
            harness.Step("pre", harness.Recorder("pre"), stage: PluginStage.PreOperation),
            harness.Step("validate", harness.Recorder("validate"), stage: PluginStage.PreValidation));
        var id = Seed(org);

        // Act
        org.CreateService().Update(new Entity("contact", id) { ["firstname"] = "Ada" });

        // Assert
        Assert.Equal(["validate:10", "pre:20", "post1:40", "post2:40"], harness.Log);
    }

    [Fact]
    public void Update_PreAndPostImages_HoldOldAndNewValuesOfTheirColumns()
    {
        // Arrange
        var harness = new PipelineHarness();
        Entity? pre = null, post = null;
        var plugin = new DelegatePlugin(sp =>
        {
            var context = PipelineHarness.Context(sp);
            pre = context.PreEntityImages["PreImage"];
            post = context.PostEntityImages["PostImage"];
        });
        var org = harness.Build(harness.Step("images", plugin, images:
        [
            new PluginImageRegistration(Guid.NewGuid(), "PreImage", PluginImageType.PreImage, ["emailaddress1"]),
            new PluginImageRegistration(Guid.NewGuid(), "PostImage", PluginImageType.PostImage, ["emailaddress1"]),
        ]));
        var id = Seed(org);

        // Act
        org.CreateService().Update(new Entity("contact", id) { ["emailaddress1"] = "ada.lovelace@example.org" });

        // Assert
        Assert.Equal("ada@example.org", pre!.GetAttributeValue<string>("emailaddress1"));
        Assert.Equal("ada.lovelace@example.org", post!.GetAttributeValue<string>("emailaddress1"));
        Assert.False(pre.Contains("lastname"));
    }

    [Fact]
    public void Update_StepChangesItsImagesAndUpdatesTheRowAgain_LaterStepsGetTheOperationsOwnSnapshots()
    {
        // Arrange: the organization hands the store's own rows to the pipeline as the before and after snapshots
        // (copy-on-write), so a step changing its image copies, or writing the row, must not show in a later step's images.
        var harness = new PipelineHarness();
        Entity? pre = null, post = null;
        var meddler = new DelegatePlugin(sp =>
        {
            var context = PipelineHarness.Context(sp);
            context.PreEntityImages["PreImage"]["emailaddress1"] = "changed@example.org";
            context.PostEntityImages["PostImage"]["emailaddress1"] = "changed@example.org";
            PipelineHarness.Service(sp).Update(new Entity("contact", context.PrimaryEntityId) { ["firstname"] = "Augusta" });
        });
        var observer = new DelegatePlugin(sp =>
        {
            var context = PipelineHarness.Context(sp);
            pre = context.PreEntityImages["PreImage"];
            post = context.PostEntityImages["PostImage"];
        });
        PluginImageRegistration[] Images() =>
        [
            new PluginImageRegistration(Guid.NewGuid(), "PreImage", PluginImageType.PreImage, []),
            new PluginImageRegistration(Guid.NewGuid(), "PostImage", PluginImageType.PostImage, []),
        ];
        var org = harness.Build(
            harness.Step("meddler", meddler, rank: 1, filtering: ["emailaddress1"], images: Images()),
            harness.Step("observer", observer, rank: 2, filtering: ["emailaddress1"], images: Images()));
        var id = Seed(org);

        // Act
        org.CreateService().Update(new Entity("contact", id) { ["emailaddress1"] = "ada.lovelace@example.org" });
        var stored = org.CreateService().Retrieve("contact", id, new ColumnSet(true));

        // Assert
        Assert.Equal("ada@example.org", pre!.GetAttributeValue<string>("emailaddress1"));
        Assert.Equal("ada.lovelace@example.org", post!.GetAttributeValue<string>("emailaddress1"));
        Assert.False(post.Contains("firstname"));
        Assert.Equal("ada.lovelace@example.org", stored.GetAttributeValue<string>("emailaddress1"));
        Assert.Equal("Augusta", stored.GetAttributeValue<string>("firstname"));
    }

    [Fact]
    public void Update_NoFilteringAttributeSent_SkipsTheStep()
    {
        // Arrange
        var harness = new PipelineHarness();
        var org = harness.Build(harness.Step("filtered", harness.Recorder("filtered"), filtering: ["emailaddress1"]));
        var id = Seed(org);

        // Act
        org.CreateService().Update(new Entity("contact", id) { ["firstname"] = "Ada" });
        org.CreateService().Update(new Entity("contact", id) { ["emailaddress1"] = "x@example.org" });

        // Assert
        Assert.Equal(["filtered:40"], harness.Log);
    }

    [Fact]
    public void Update_PostOperationFailure_RollsBackTheChangeAndEarlierPluginWrites()
    {
        // Arrange
        var harness = new PipelineHarness();
        var writer = new DelegatePlugin(sp => PipelineHarness.Service(sp).Create(new Entity("dmc_syncqueueitem")
        {
            ["dmc_name"] = "x", ["dmc_kind"] = new OptionSetValue(100000000), ["dmc_state"] = new OptionSetValue(100000000), ["dmc_sequence"] = 1L,
        }));
        var thrower = new DelegatePlugin(_ => throw new InvalidPluginExecutionException("refused"));
        var org = harness.Build(harness.Step("writer", writer, rank: 1), harness.Step("thrower", thrower, rank: 2));
        var id = Seed(org);

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.CreateService().Update(new Entity("contact", id) { ["emailaddress1"] = "new@example.org" }));

        // Assert
        Assert.Equal("refused", error.Message);
        Assert.Equal(0, org.Count("dmc_syncqueueitem"));
        var stored = org.CreateService().Retrieve("contact", id, new ColumnSet("emailaddress1"));
        Assert.Equal("ada@example.org", stored.GetAttributeValue<string>("emailaddress1"));
    }

    [Fact]
    public void Create_PreValidationFailure_CreatesNothing()
    {
        // Arrange
        var harness = new PipelineHarness();
        var org = harness.Build(harness.Step("v", new DelegatePlugin(_ => throw new InvalidPluginExecutionException("no")), message: "Create", stage: PluginStage.PreValidation));

        // Act
        Assert.Throws<InvalidPluginExecutionException>(() => org.CreateService().Create(new Entity("contact") { ["lastname"] = "x" }));

        // Assert
        Assert.Equal(0, org.Count("contact"));
    }

    [Fact]
    public void Update_BypassCustomPlugins_RunsNoStep()
    {
        // Arrange
        var harness = new PipelineHarness();
        var org = harness.Build(harness.Step("s", harness.Recorder("s")));
        var id = Seed(org);

        // Act
        org.CreateService(new CallerOptions(org.SystemUserId, BypassCustomPlugins: true)).Update(new Entity("contact", id) { ["firstname"] = "Ada" });

        // Assert
        Assert.Empty(harness.Log);
    }

    [Fact]
    public void Update_PluginUpdatingItsOwnRecord_StopsAtDepthEight()
    {
        // Arrange
        var harness = new PipelineHarness();
        var loop = new DelegatePlugin(sp =>
        {
            var context = PipelineHarness.Context(sp);
            PipelineHarness.Service(sp).Update(new Entity("contact", context.PrimaryEntityId) { ["firstname"] = "again" + context.Depth });
        });
        var org = harness.Build(harness.Step("loop", loop));
        var id = Seed(org);

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => org.CreateService().Update(new Entity("contact", id) { ["firstname"] = "start" }));

        // Assert
        Assert.Equal(OrganizationErrorCodes.InfiniteLoop, fault.ErrorCode);
        Assert.Equal(8, org.PluginExecutions.Max(e => e.Depth));
    }

    [Fact]
    public void Update_TagOnCaller_ReachesTopLevelSharedVariablesAndNestedParent()
    {
        // Arrange
        var harness = new PipelineHarness();
        var seen = new List<(int Depth, object? Tag, object? ParentTag)>();
        var plugin = new DelegatePlugin(sp =>
        {
            var context = PipelineHarness.Context(sp);
            context.SharedVariables.TryGetValue("tag", out var tag);
            object? parentTag = null;
            context.ParentContext?.SharedVariables.TryGetValue("tag", out parentTag);
            seen.Add((context.Depth, tag, parentTag));
            if (context.Depth == 1)
            {
                PipelineHarness.Service(sp).Update(new Entity("contact", context.PrimaryEntityId) { ["firstname"] = "nested" });
            }
        });
        var org = harness.Build(harness.Step("tagged", plugin));
        var id = Seed(org);

        // Act
        org.CreateService(new CallerOptions(org.SystemUserId, new Dictionary<string, object> { ["tag"] = "dmc-sync" })).Update(new Entity("contact", id) { ["firstname"] = "x" });

        // Assert
        Assert.Equal([(1, (object?)"dmc-sync", (object?)null), (2, null, "dmc-sync")], seen);
    }

    [Fact]
    public void Update_AsynchronousStepFailure_KeepsTheCommittedChange()
    {
        // Arrange
        var harness = new PipelineHarness();
        var org = harness.Build(harness.Step("async", new DelegatePlugin(_ => throw new InvalidPluginExecutionException("later")), mode: PluginMode.Asynchronous));
        var id = Seed(org);

        // Act
        org.CreateService().Update(new Entity("contact", id) { ["firstname"] = "Kept" });

        // Assert
        Assert.Equal("Kept", org.CreateService().Retrieve("contact", id, new ColumnSet("firstname")).GetAttributeValue<string>("firstname"));
        Assert.IsType<InvalidPluginExecutionException>(Assert.Single(org.PluginExecutions).Failure);
    }

    [Fact]
    public void Update_EqualRanksAndAsynchronousSteps_RunInRegistrationOrderEachOnce()
    {
        // Arrange
        var harness = new PipelineHarness();
        var org = harness.Build(
            harness.Step("async-b", harness.Recorder("async-b"), rank: 1, mode: PluginMode.Asynchronous),
            harness.Step("post-b", harness.Recorder("post-b"), rank: 1),
            harness.Step("async-a", harness.Recorder("async-a"), stage: PluginStage.PreOperation, rank: 1, mode: PluginMode.Asynchronous),
            harness.Step("post-a", harness.Recorder("post-a"), rank: 1),
            harness.Step("pre", harness.Recorder("pre"), stage: PluginStage.PreOperation));
        var id = Seed(org);

        // Act
        org.CreateService().Update(new Entity("contact", id) { ["firstname"] = "Ada" });

        // Assert
        Assert.Equal(["pre:20", "post-b:40", "post-a:40", "async-b:40", "async-a:20"], harness.Log);
    }
}
