package org.expodesk.safety;

import java.util.List;
import java.util.Map;

/**
 * The contingency plans (预案) ExpoDesk proposes for a new event: the first calls and the first steps for each kind
 * of incident. The office adds the names and mobiles of its own commanders; public numbers are filled in.
 * Each step is {@code 中文|English}.
 */
final class StarterPlans {

    private static final List<PlanSummary.Contact> PUBLIC = List.of(
            new PlanSummary.Contact("消防救援", "火警 Fire and rescue", "119"),
            new PlanSummary.Contact("公安", "报警 Police", "110"),
            new PlanSummary.Contact("医疗急救", "急救 Ambulance", "120"));

    static final Map<IncidentKind, PlanSummary.Draft> ALL = Map.of(
            IncidentKind.FIRE, plan("火灾事故应急预案", "Fire emergency plan", PUBLIC,
                    "发现火情立即呼喊报警，并拨打119，报告馆号、位置、燃烧物|Raise the alarm at once and call 119: hall, place, what is burning",
                    "就近使用灭火器、消火栓扑救初起火灾，切断着火区域电源|Fight an early fire with the nearest extinguisher or hydrant; cut the power to the area",
                    "现场总指挥启动预案，广播通知疏散，开启全部安全出口|The site commander starts the plan, announces the evacuation and opens every exit",
                    "安保、志愿者按分区引导观众沿疏散通道撤离至集合点，严禁乘电梯|Security and volunteers lead visitors by zone along escape routes to the assembly point; no lifts",
                    "医疗组在集合点设置救护点，救治受伤人员|The medical team sets up a first-aid point at the assembly point",
                    "清点人数，向消防队报告被困人员情况，配合灭火救援|Count people; tell the fire brigade who may be trapped and assist them",
                    "事后保护现场，配合调查，逐级上报|Protect the scene afterwards, assist the investigation and report up the line"),
            IncidentKind.CROWD_CRUSH, plan("人群拥挤踩踏应急预案", "Crowd crush emergency plan", PUBLIC,
                    "发现人流密度过大立即报告指挥部，入口暂停放行|Report dangerous crowding to the command post at once; stop admitting at the entrances",
                    "广播安抚情绪，指示人群向宽敞区域分流，不得逆行|Calm people over the PA and direct them to open areas; nobody walks against the flow",
                    "安保人员在拥堵点前方设置人墙疏导，打开备用出口|Security forms a human barrier before the bottleneck and opens the spare exits",
                    "发生踩踏时优先救助倒地人员，拨打120|If people fall, help those on the ground first and call 120",
                    "医疗组现场分拣伤员，重伤者优先送医|The medical team triages the injured and sends the serious cases first",
                    "恢复秩序后核查人数，向领导小组报告|Once order is back, check numbers and report to the leading group"),
            IncidentKind.POWER_CUT, plan("停电事故应急预案", "Power cut emergency plan", List.of(PUBLIC.get(1), PUBLIC.get(2)),
                    "值班电工立即排查原因，报告指挥部和供电部门|The duty electrician looks for the cause and reports to the command post and the power company",
                    "确认应急照明和疏散指示正常工作|Check that emergency lighting and exit signs are working",
                    "广播告知观众保持原地、注意安全，不要拥挤|Tell visitors over the PA to stay calm and in place and not to push",
                    "启动备用发电机，优先保障消防、监控、广播、医疗用电|Start the standby generator; fire systems, CCTV, PA and medical points first",
                    "预计长时间停电时有序组织观众疏散|If the cut will last, evacuate in order",
                    "恢复供电前逐一检查展位用电，防止送电起火|Before power returns, check every booth's circuits to prevent fires on switch-on"),
            IncidentKind.FOOD_POISONING, plan("食物中毒应急预案", "Food poisoning emergency plan", List.of(PUBLIC.get(2)),
                    "出现疑似食物中毒症状立即停止供餐，拨打120送医|At the first suspected case, stop serving food and call 120",
                    "封存剩余食品、留样和餐具，保护现场|Seal leftover food, kept samples and tableware; protect the scene",
                    "立即报告市场监管部门和卫生健康部门|Report at once to market regulation and health authorities",
                    "统计就餐人员名单，追踪其他可能中毒人员|List everybody who ate and find others who may be affected",
                    "配合流行病学调查，安排备用供餐|Assist the epidemiological inquiry; arrange another caterer",
                    "做好家属沟通和信息发布口径|Keep families informed and agree what is said publicly"),
            IncidentKind.SEVERE_WEATHER, plan("恶劣天气应急预案", "Severe weather emergency plan", PUBLIC,
                    "关注气象预警，黄色及以上预警时指挥部研判|Watch weather warnings; the command post decides at yellow or above",
                    "加固室外展棚、广告牌、拱门等临时设施|Secure outdoor tents, signs, arches and other temporary structures",
                    "雷电、暴雨时停止户外活动，引导人员进入室内|Stop outdoor activities in thunderstorms or rainstorms; bring people inside",
                    "排查低洼处积水和漏雨点，防止触电滑倒|Check low spots for flooding and leaks; prevent shocks and falls",
                    "必要时调整开闭馆时间并及时发布通知|Change opening hours if needed and announce it in time",
                    "灾后检查设施安全后方可恢复活动|Resume only after the structures have been checked"),
            IncidentKind.LOST_CHILD, plan("儿童走失应急预案", "Lost child emergency plan", List.of(PUBLIC.get(1)),
                    "接报后记录儿童姓名、年龄、衣着、走失地点和时间|Record the child's name, age, clothes, and where and when they were last seen",
                    "立即通知各出入口安保重点关注，暂不放行独自离开的儿童|Alert every exit at once; no child leaves alone",
                    "通过广播寻人，请家长到服务台等候|Announce over the PA; ask the parent to wait at the service desk",
                    "调取监控，志愿者分区搜寻|Check CCTV; volunteers search zone by zone",
                    "30分钟未找到立即报警110|Call 110 if the child is not found within 30 minutes",
                    "找到后核实监护人身份再交接|Check the guardian's identity before handing the child over"));

    private StarterPlans() {
    }

    private static PlanSummary.Draft plan(String zh, String en, List<PlanSummary.Contact> contacts, String... steps) {
        return new PlanSummary.Draft(zh, en, contacts, java.util.Arrays.stream(steps).map(s -> {
            String[] p = s.split("\\|", 2);
            return new PlanSummary.Step(p[0], p[1]);
        }).toList());
    }
}
