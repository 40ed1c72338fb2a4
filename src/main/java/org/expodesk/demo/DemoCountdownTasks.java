package org.expodesk.demo;

import java.util.List;
import org.expodesk.countdown.Workstream;

/**
 * The demo expo's own countdown tasks beyond the starter template (26 tasks), so the wall chart shows a county
 * expo's ~60 from D-60 to D+2 (teardown and the after-action report). Offsets are days from opening day.
 */
final class DemoCountdownTasks {

    /** One task: titles, workstream, first day and length in days. */
    record Task(String titleZh, String titleEn, Workstream workstream, int startOffset, int days) {
    }

    /** Left unfinished although their deadline has passed, so the chart has late work in red. */
    static final List<String> LEFT_LATE = List.of("Sign the catering contract for guests", "Open the expo column on the official account");

    static final List<Task> TASKS = List.of(
            new Task("召开筹备工作第一次调度会", "First coordination meeting of the preparation office", Workstream.OTHER, -58, 1),
            new Task("明确各工作组职责分工", "Set the working groups' duties", Workstream.OTHER, -56, 3),
            new Task("申报活动备案和安全许可", "File the event and apply for the safety permit", Workstream.SECURITY, -55, 10),
            new Task("编制招商引资项目库", "Compile the investment project pool", Workstream.INVITATIONS, -54, 14),
            new Task("设计展会视觉形象和主海报", "Design the expo's visual identity and main poster", Workstream.PUBLICITY, -53, 8),
            new Task("开通展会公众号专栏", "Open the expo column on the official account", Workstream.PUBLICITY, -48, 3),
            new Task("走访重点商会和异地商会", "Visit the key and out-of-town chambers of commerce", Workstream.INVITATIONS, -47, 12),
            new Task("确定接待酒店并签订协议", "Choose the reception hotels and sign the agreements", Workstream.RECEPTION, -45, 6),
            new Task("签订嘉宾餐饮保障合同", "Sign the catering contract for guests", Workstream.RECEPTION, -42, 3),
            new Task("制定交通组织和停车方案", "Draw up the traffic and parking plan", Workstream.LOGISTICS, -40, 7),
            new Task("印制招商项目册", "Print the investment project brochure", Workstream.PUBLICITY, -38, 6),
            new Task("制定安保方案和应急预案", "Draw up the security plan and contingency plans", Workstream.SECURITY, -36, 8),
            new Task("确定签约项目初步清单", "Fix the first list of projects to sign", Workstream.CEREMONY, -35, 10),
            new Task("向客商寄发正式邀请函", "Send the formal invitations to merchants", Workstream.INVITATIONS, -33, 5),
            new Task("招募和培训志愿者", "Recruit and train the volunteers", Workstream.RECEPTION, -30, 14),
            new Task("制定医疗保障方案", "Draw up the medical cover plan", Workstream.SECURITY, -28, 5),
            new Task("发布展会新闻通稿（第一轮）", "Issue the first press release", Workstream.PUBLICITY, -25, 2),
            new Task("审核特装展位搭建图纸", "Review the special booths' build-up drawings", Workstream.VENUE_BUILD_UP, -22, 7),
            new Task("采购展馆临时用电设备", "Buy the halls' temporary power equipment", Workstream.VENUE_BUILD_UP, -20, 6),
            new Task("制作胸卡和证件", "Print badges and passes", Workstream.RECEPTION, -15, 5),
            new Task("开展消防安全培训", "Hold the fire safety training", Workstream.SECURITY, -14, 2),
            new Task("落实嘉宾接送车辆", "Book the guest shuttle vehicles", Workstream.LOGISTICS, -12, 4),
            new Task("组织消防和食品安全联合检查", "Joint fire and food safety inspection", Workstream.SECURITY, -7, 3),
            new Task("彩排开幕式和签约仪式", "Rehearse the opening and the signing ceremony", Workstream.CEREMONY, -3, 2),
            new Task("布置新闻中心", "Set up the press centre", Workstream.PUBLICITY, -3, 2),
            new Task("全面安全检查和验收", "Final safety check and acceptance", Workstream.SECURITY, -2, 1),
            new Task("嘉宾报到和接待", "Guest arrival and reception", Workstream.RECEPTION, -1, 2),
            new Task("开幕式", "Opening ceremony", Workstream.CEREMONY, 0, 1),
            new Task("每日安全巡查", "Daily safety rounds", Workstream.SECURITY, 0, 3),
            new Task("项目集中签约", "Project signing ceremony", Workstream.CEREMONY, 1, 1),
            new Task("展商满意度调查", "Exhibitor satisfaction survey", Workstream.OTHER, 1, 2),
            new Task("撤展和场馆清理", "Teardown and hall clean-up", Workstream.VENUE_BUILD_UP, 2, 1),
            new Task("结算与经费清算", "Settle accounts and the budget", Workstream.OTHER, 2, 1),
            new Task("编写展会总结报告", "Write the expo's after-action report", Workstream.OTHER, 2, 1));

    private DemoCountdownTasks() {
    }
}
