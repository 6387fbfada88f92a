namespace StaticKpi.Starting;

/// <summary>
/// The new site's GitHub workflows. Both run StaticKpi's own action (<see cref="Action"/>), which installs the tool at
/// its pinned version, keeps the build cache, validates with annotations on the pull request's lines, builds, checks
/// the pages and (when publishing) uploads the site as a Pages artifact, so a council's repository holds no build steps
/// of its own to keep up to date.
/// </summary>
internal static class WorkflowTexts
{
    /// <summary>The reusable action at the version this tool was released with.</summary>
    public const string Action = "statickpi/statickpi@v0.1.0";

    /// <summary>The folder the site is built into.</summary>
    public const string Output = "_site";

    public static string PullRequest => $$$"""
        # Checks every pull request: problems in the content are shown on the changed lines, then the site is built
        # and its pages checked. Nothing is published; a pull request can be merged when this passes.
        name: Check scorecards

        on:
          pull_request:

        permissions:
          contents: read

        jobs:
          check:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: {{{Action}}}
                with:
                  source: .
                  strict: true
                  upload: false

        """;

    public static string Deploy => $$$"""
        # Publishes the site to GitHub Pages whenever main changes. The site is checked before it is uploaded, so a
        # broken change never replaces the published site. Turn on Pages first: Settings, Pages, Source: GitHub Actions.
        name: Publish scorecards

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/configure-pages@v5
              # The action keeps the last run's site and its build cache, so the build renders only the pages whose
              # content changed; a missing or stale cache is safe: the build is then a whole one, with the same result.
              - uses: {{{Action}}}
                with:
                  source: .
                  strict: true
                  output: {{{Output}}}

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;
}
