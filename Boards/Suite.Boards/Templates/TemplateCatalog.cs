using Suite.Boards.Boards;

namespace Suite.Boards.Templates;

/// <summary>Focalboard's 13 built-in templates, written from their description: properties, views and a few sample cards each.</summary>
internal static class TemplateCatalog
{
    private const string Sel = PropertyTypes.Select;
    private const string MSel = PropertyTypes.MultiSelect;

    public static IReadOnlyList<TemplateBuilder> All() =>
    [
        MeetingAgenda(), PersonalTasks(), ProjectTasks(), PersonalGoals(), ContentCalendar(), Roadmap(), Welcome(),
        SalesPipeline(), CompanyGoals(), SprintPlanner(), UserResearch(), CompetitiveAnalysis(), TeamRetrospective(),
    ];

    private static Dictionary<string, string> V(params string[] pairs) =>
        Enumerable.Range(0, pairs.Length / 2).ToDictionary(i => pairs[2 * i], i => pairs[(2 * i) + 1]);

    private static TemplateBuilder MeetingAgenda() =>
        new TemplateBuilder("meeting-agenda", "Meeting Agenda", "🗓️", "Use this template to plan and run meetings: add discussion items and move them along as you talk.")
            .Select("Status", "To Discuss", "Revisit Later", "Done")
            .Select("Priority", "1. High 🔴", "2. Medium", "3. Low")
            .Property("Created by", PropertyTypes.CreatedBy)
            .Property("Created time", PropertyTypes.CreatedTime)
            .View("Discussion Items", "board", groupBy: "Status")
            .Card("Team schedule", "🕐", V("Status", "To Discuss", "Priority", "2. Medium"), "Who is out next week, and who covers for them?")
            .Card("Release retrospective", "🚀", V("Status", "Revisit Later", "Priority", "1. High 🔴"), checklist: ["What went well", "What to change"]);

    private static TemplateBuilder PersonalTasks() =>
        new TemplateBuilder("personal-tasks", "Personal Tasks", "✔️", "Use this template to organise your own tasks and routines.")
            .Select("Occurrence", "Daily", "Weekly", "Monthly")
            .Property("Completed", PropertyTypes.Checkbox)
            .View("List View", "table")
            .View("Board View", "board", groupBy: "Occurrence")
            .Card("Pay bills", "💳", V("Occurrence", "Monthly"))
            .Card("Water the plants", "🪴", V("Occurrence", "Weekly", "Completed", "true"))
            .Card("Go for a walk", "🚶", V("Occurrence", "Daily"));

    private static TemplateBuilder ProjectTasks() =>
        new TemplateBuilder("project-tasks", "Project Tasks", "🎯", "Use this template to track the tasks of a project from start to finish.")
            .Select("Status", "Not Started", "In Progress", "Blocked", "Completed 🙌", "Archived")
            .Select("Priority", "1. High 🔴", "2. Medium", "3. Low")
            .Property("Assignee", PropertyTypes.Person)
            .Property("Estimated Hours", PropertyTypes.Number)
            .Property("Due Date", PropertyTypes.Date)
            .Property("Created By", PropertyTypes.CreatedBy)
            .Property("Date Created", PropertyTypes.CreatedTime)
            .View("Project Priorities", "board", groupBy: "Priority")
            .View("Progress Tracker", "board", groupBy: "Status")
            .View("Task Overview", "table")
            .View("Task Calendar", "calendar", dateProperty: "Due Date")
            .Card("Identify dependencies", "🔗", V("Status", "In Progress", "Priority", "1. High 🔴", "Estimated Hours", "16"), checklist: ["List the teams involved", "Agree on hand-offs"])
            .Card("Define project scope", "🔬", V("Status", "Completed 🙌", "Priority", "1. High 🔴", "Estimated Hours", "32"), "Write down what the project delivers and what it does not.")
            .Card("Requirements sign-off", "✍️", V("Status", "Not Started", "Priority", "2. Medium", "Estimated Hours", "8"));

    private static TemplateBuilder PersonalGoals() =>
        new TemplateBuilder("personal-goals", "Personal Goals", "⛰️", "Use this template to set and keep track of your personal goals.")
            .Select("Status", "To Do", "Doing", "Done 🙌")
            .Select("Category", "Life Skills", "Finance", "Health")
            .Select("Target", "Q1", "Q2", "Q3", "Q4")
            .Property("Due Date", PropertyTypes.Date)
            .View("By Status", "board", groupBy: "Status")
            .View("Calendar View", "calendar", dateProperty: "Due Date")
            .Card("Learn to paint", "🎨", V("Status", "Doing", "Category", "Life Skills", "Target", "Q2"))
            .Card("Start a retirement fund", "💰", V("Status", "To Do", "Category", "Finance", "Target", "Q3"))
            .Card("Run a 10k", "🏃", V("Status", "Done 🙌", "Category", "Health", "Target", "Q1"), checklist: ["Run three times a week", "Sign up for a race"]);

    private static TemplateBuilder ContentCalendar() =>
        new TemplateBuilder("content-calendar", "Content Calendar", "📅", "Use this template to plan, write and publish content across channels.")
            .Select("Status", "Idea 💡", "Draft", "In Review", "Ready to Publish", "Published 🎉")
            .Select("Type", "Blog", "Video", "Case Study", "Newsletter")
            .Options("Channel", MSel, "Website", "Blog", "Email", "Podcast", "Social Media")
            .Property("Assignee", PropertyTypes.Person)
            .Property("Due Date", PropertyTypes.Date)
            .Property("Publication Date", PropertyTypes.Date)
            .Property("Link", PropertyTypes.Url)
            .View("By Status", "board", groupBy: "Status")
            .View("Due Date Calendar", "calendar", dateProperty: "Due Date")
            .View("Publication Calendar", "calendar", dateProperty: "Publication Date")
            .View("Content List", "table")
            .Card("New feature announcement", "📣", V("Status", "Draft", "Type", "Blog", "Channel", "Website|Blog|Email"), "Outline: the problem, the feature, how to try it.")
            .Card("Customer story", "🤝", V("Status", "Idea 💡", "Type", "Case Study", "Channel", "Website"))
            .Card("Monthly newsletter", "✉️", V("Status", "Published 🎉", "Type", "Newsletter", "Channel", "Email", "Link", "https://example.com/newsletter"));

    private static TemplateBuilder Roadmap() =>
        new TemplateBuilder("roadmap", "Roadmap", "🗺️", "Use this template to plan a product roadmap with epics, tasks and bugs by sprint.")
            .Select("Status", "Not Started", "In Progress", "Completed 🙌")
            .Select("Type", "Epic ⛰", "Task 🔨", "Bug 🐞")
            .Select("Sprint", "Sprint 1", "Sprint 2", "Sprint 3")
            .Select("Priority", "P1 🔥", "P2", "P3")
            .Property("Assignee", PropertyTypes.Person)
            .Property("Due Date", PropertyTypes.Date)
            .Property("Created Date", PropertyTypes.CreatedTime)
            .Property("Design Link", PropertyTypes.Url)
            .View("Calendar View", "calendar", dateProperty: "Due Date")
            .View("Board: Status", "board", groupBy: "Status")
            .View("Board: Sprints", "board", groupBy: "Sprint")
            .View("Task List", "table")
            .View("Epics", "table")
            .Card("Single sign-on", "🔐", V("Status", "In Progress", "Type", "Epic ⛰", "Sprint", "Sprint 1", "Priority", "P1 🔥"))
            .Card("Fix login redirect", "🐞", V("Status", "Not Started", "Type", "Bug 🐞", "Sprint", "Sprint 2", "Priority", "P2"))
            .Card("Settings page", "⚙️", V("Status", "Completed 🙌", "Type", "Task 🔨", "Sprint", "Sprint 1", "Priority", "P3", "Design Link", "https://example.com/design"));

    private static TemplateBuilder Welcome() =>
        new TemplateBuilder("welcome", "Welcome to Boards!", "👋", "Mattermost Boards helps you plan and track work. Open a card to see what each part does.")
            .Select("Status", "To Do", "In Progress", "Done")
            .Options("Labels", MSel, "Feature", "Tip", "Try it")
            .Property("Assignee", PropertyTypes.Person)
            .Property("Reviewers", PropertyTypes.MultiPerson)
            .Property("Due Date", PropertyTypes.Date)
            .Property("Estimate", PropertyTypes.Number)
            .Property("Done", PropertyTypes.Checkbox)
            .Property("Link", PropertyTypes.Url)
            .Property("Email", PropertyTypes.Email)
            .Property("Phone", PropertyTypes.Phone)
            .Property("Notes", PropertyTypes.Text)
            .Property("Created", PropertyTypes.CreatedTime)
            .Property("Created by", PropertyTypes.CreatedBy)
            .Property("Last updated", PropertyTypes.UpdatedTime)
            .Property("Last updated by", PropertyTypes.UpdatedBy)
            .View("Onboarding", "board", groupBy: "Status")
            .View("Preview: Table View", "table")
            .View("Preview: Gallery View", "gallery")
            .View("Preview: Calendar View", "calendar", dateProperty: "Due Date")
            .Card("Create a new card", "📝", V("Status", "To Do", "Labels", "Try it"), "Click + New in a column to add a card.")
            .Card("Drag cards", "↔️", V("Status", "In Progress", "Labels", "Tip"), "Drag a card to another column to change its status.")
            .Card("Share a board", "🔗", V("Status", "Done", "Labels", "Feature|Tip"), checklist: ["Open Share", "Copy the link"]);

    private static TemplateBuilder SalesPipeline() =>
        new TemplateBuilder("sales-pipeline", "Sales Pipeline CRM", "💰", "Use this template to follow deals from the first lead to the close.")
            .Select("Status", "Lead", "Qualified", "Meeting", "Proposal", "Negotiation", "Closed 🏆", "Lost")
            .Property("Account Owner", PropertyTypes.MultiPerson)
            .Select("Priority", "High 🔥", "Medium", "Low")
            .Property("Company", PropertyTypes.Text)
            .Property("Estimated Value", PropertyTypes.Number)
            .Select("Territory", "Western US", "Mountain West / Central US", "Mid-Atlantic / Southeast", "Northeast US / Canada", "Eastern Europe", "Central Europe / Africa", "Middle East", "UK", "Asia", "Australia", "Latin America")
            .Property("Email", PropertyTypes.Email)
            .Property("Phone", PropertyTypes.Phone)
            .Property("Last Contact Date", PropertyTypes.Date)
            .Property("Expected Close", PropertyTypes.Date)
            .Select("Close Probability", "10%", "25%", "50%", "75%", "90%")
            .Property("Created Date", PropertyTypes.CreatedTime)
            .View("All Contacts", "table")
            .View("Pipeline Tracker", "board", groupBy: "Status")
            .View("Open Deals", "board", groupBy: "Priority")
            .Card("Acme Corp", "🏢", V("Status", "Proposal", "Priority", "High 🔥", "Company", "Acme Corp", "Estimated Value", "120000", "Territory", "Western US", "Email", "buyer@acme.example", "Close Probability", "50%"))
            .Card("Globex", "🌐", V("Status", "Lead", "Priority", "Medium", "Company", "Globex", "Estimated Value", "30000", "Territory", "UK", "Close Probability", "10%"))
            .Card("New Deal", "💼", V("Status", "Lead"), "Who is the contact, what do they need, when do they decide?", ["Intro call", "Send proposal"], isTemplate: true);

    private static TemplateBuilder CompanyGoals() =>
        new TemplateBuilder("company-goals", "Company Goals & OKRs", "⛳", "Use this template to set company objectives and track key results by quarter.")
            .Property("Objective", PropertyTypes.Text)
            .Select("Status", "Up Next", "In Progress", "Completed 🙌")
            .Select("Department", "Engineering", "Product", "Marketing", "Sales", "Support")
            .Select("Priority", "P1 🔥", "P2", "P3")
            .Select("Quarter", "Q1", "Q2", "Q3", "Q4")
            .Property("Due Date", PropertyTypes.Date)
            .Property("Assignee", PropertyTypes.MultiPerson)
            .Property("Target", PropertyTypes.Number)
            .Property("Actual", PropertyTypes.Number)
            .Property("Completion (%)", PropertyTypes.Number)
            .Property("Note", PropertyTypes.Text)
            .View("By Quarter", "table")
            .View("By Department", "table")
            .View("Progress", "board", groupBy: "Status")
            .Card("Grow monthly active users", "📈", V("Objective", "Grow the user base", "Status", "In Progress", "Department", "Marketing", "Priority", "P1 🔥", "Quarter", "Q1", "Target", "10000", "Actual", "6500", "Completion (%)", "65"))
            .Card("Cut support response time", "⏱️", V("Objective", "Delight customers", "Status", "Up Next", "Department", "Support", "Priority", "P2", "Quarter", "Q2", "Target", "4", "Actual", "9"))
            .Card("Ship the mobile app", "📱", V("Objective", "Reach users everywhere", "Status", "Completed 🙌", "Department", "Engineering", "Priority", "P1 🔥", "Quarter", "Q1", "Completion (%)", "100", "Note", "Released to both stores"));

    private static TemplateBuilder SprintPlanner() =>
        new TemplateBuilder("sprint-planner", "Sprint Planner", "🏃", "Use this template to plan sprints and follow stories, tasks and bugs through them.")
            .Select("Status", "Backlog 📋", "Design 🎨", "To Do", "In Progress", "In Review", "Ready for QA", "Done ✅")
            .Select("Type", "Epic ⛰", "Feature 🚀", "User Story 📖", "Task 🔨", "Bug 🐞")
            .Select("Sprint", "Sprint 1", "Sprint 2", "Sprint 3")
            .Select("Priority", "P1 🔥", "P2", "P3")
            .Property("Assignee", PropertyTypes.Person)
            .Property("Due Date", PropertyTypes.Date)
            .Property("Story Points", PropertyTypes.Number)
            .Property("Design Link", PropertyTypes.Url)
            .Property("Created Time", PropertyTypes.CreatedTime)
            .Property("Created By", PropertyTypes.CreatedBy)
            .View("Backlog", "table")
            .View("Sprint Board", "board", groupBy: "Status")
            .View("Sprints", "board", groupBy: "Sprint")
            .Card("Search across boards", "🔎", V("Status", "In Progress", "Type", "Feature 🚀", "Sprint", "Sprint 1", "Priority", "P1 🔥", "Story Points", "8"))
            .Card("Board fails to load on slow networks", "🐞", V("Status", "To Do", "Type", "Bug 🐞", "Sprint", "Sprint 2", "Priority", "P2", "Story Points", "3"))
            .Card("New Epic", "⛰", V("Type", "Epic ⛰"), "What is the goal of this epic, and how will we know it is done?", isTemplate: true)
            .Card("New Feature", "🚀", V("Type", "Feature 🚀", "Status", "Backlog 📋"), "Summary, motivation, acceptance criteria.", ["Design", "Build", "Test"], isTemplate: true)
            .Card("New User Story", "📖", V("Type", "User Story 📖", "Status", "Backlog 📋"), "As a ..., I want ..., so that ...", isTemplate: true)
            .Card("New Bug", "🐞", V("Type", "Bug 🐞", "Status", "To Do"), "Steps to reproduce, expected result, actual result.", ["Reproduce", "Fix", "Verify"], isTemplate: true);

    private static TemplateBuilder UserResearch() =>
        new TemplateBuilder("user-research", "User Research Sessions", "🔬", "Use this template to plan user interviews and keep their notes together.")
            .Select("Status", "Backlog 📋", "Contacted 📞", "Scheduled 📅", "Cancelled 🚫", "Completed ✔️")
            .Property("Interview Date", PropertyTypes.Date)
            .Select("Product Area", "Desktop App", "Web App", "Mobile App")
            .Property("Email", PropertyTypes.Email)
            .Property("Interviewer", PropertyTypes.MultiPerson)
            .Property("Recording URL", PropertyTypes.Url)
            .Property("Passcode", PropertyTypes.Text)
            .View("View: By Date", "table")
            .View("View: Calendar", "calendar", dateProperty: "Interview Date")
            .View("View: By Status", "board", groupBy: "Status")
            .Card("Interview with a team lead", "🧑‍💼", V("Status", "Scheduled 📅", "Product Area", "Web App", "Email", "lead@example.com"), checklist: ["Send consent form", "Prepare questions"])
            .Card("Interview with a new user", "🙋", V("Status", "Completed ✔️", "Product Area", "Mobile App", "Recording URL", "https://example.com/recording"), "Found onboarding hard to follow past the second step.");

    private static TemplateBuilder CompetitiveAnalysis() =>
        new TemplateBuilder("competitive-analysis", "Competitive Analysis", "🗺️", "Use this template to compare competitors and keep what you learn about them current.")
            .Property("Website", PropertyTypes.Url)
            .Property("Location", PropertyTypes.Text)
            .Property("Revenue", PropertyTypes.Text)
            .Property("Employees", PropertyTypes.Number)
            .Property("Founded", PropertyTypes.Text)
            .Select("Market Position", "Leader", "Challenger", "Niche", "New Entrant")
            .Property("Last updated time", PropertyTypes.UpdatedTime)
            .Property("Last updated by", PropertyTypes.UpdatedBy)
            .View("Competitor List", "table")
            .View("Market Position", "board", groupBy: "Market Position")
            .Card("Initech", "🏭", V("Website", "https://initech.example", "Location", "Austin, TX", "Revenue", "$40M", "Employees", "250", "Founded", "2009", "Market Position", "Challenger"))
            .Card("Hooli", "🏙️", V("Website", "https://hooli.example", "Location", "Palo Alto, CA", "Revenue", "$2B", "Employees", "12000", "Founded", "1998", "Market Position", "Leader"), "Strong brand; slow to ship.");

    private static TemplateBuilder TeamRetrospective() =>
        new TemplateBuilder("team-retrospective", "Team Retrospective", "🧭", "Use this template to look back on a sprint or project together and agree on what to change.")
            .Select("Category", "To Discuss 💬", "Went Well 👍", "Didn't Go Well 👎", "Action Items ✅")
            .Property("Details", PropertyTypes.Text)
            .Property("Created By", PropertyTypes.CreatedBy)
            .Property("Created Time", PropertyTypes.CreatedTime)
            .View("Retrospective", "board", groupBy: "Category")
            .Card("Shipped on time", "🎉", V("Category", "Went Well 👍", "Details", "Every story closed before the demo"))
            .Card("Too many meetings", "📆", V("Category", "Didn't Go Well 👎"))
            .Card("Pair on reviews", "👥", V("Category", "Action Items ✅", "Details", "Two reviewers for risky changes"));
}
