package org.expodesk.safety;

import java.util.List;

/**
 * The checklists ExpoDesk ships with, in Chinese and English, drawn from the fire, food-safety, crowd, electrical
 * and build-up rules county fairs are inspected against. Offices edit them; each edit is a new revision.
 * Each item is {@code severity|photo|expected|中文|English}; photo "P" asks for a photo.
 */
final class StarterChecklists {

    record Starter(String familyKey, SafetyDomain domain, String nameZh, String nameEn, List<String> items) {
    }

    static final List<Starter> ALL = List.of(
            new Starter("fire-hall", SafetyDomain.FIRE, "展馆消防安全检查", "Hall fire safety check", List.of(
                    "CRITICAL|P|YES|安全出口、疏散通道畅通，无堆放物、无上锁|Emergency exits and escape routes are clear, unobstructed and not locked",
                    "CRITICAL|-|YES|应急照明和疏散指示标志完好、通电有效|Emergency lighting and exit signs are intact, powered and working",
                    "MAJOR|P|YES|灭火器在位、压力指针在绿区、在有效期内|Extinguishers are in place, gauge in the green zone, within their service date",
                    "MAJOR|-|YES|消火栓箱未被遮挡，水带、水枪齐全|Hydrant cabinets are unobstructed, hoses and nozzles complete",
                    "MAJOR|-|NO|展位内有易燃易爆物品或违规使用明火|Flammable or explosive goods, or open flames, inside booths",
                    "MINOR|-|YES|消防控制室有人值班，值班记录完整|The fire control room is staffed and its log is complete",
                    "MAJOR|-|NO|馆内有吸烟或烟头痕迹|Smoking, or cigarette ends, inside the hall")),
            new Starter("fire-extinguisher", SafetyDomain.FIRE, "灭火器、消火栓检查", "Extinguisher and hydrant check", List.of(
                    "CRITICAL|-|YES|灭火器/消火栓在标定位置，取用无遮挡|The extinguisher or hydrant is at its marked place and can be reached freely",
                    "MAJOR|P|YES|压力表指针在绿区|The pressure gauge needle is in the green zone",
                    "MAJOR|-|YES|铅封、保险销完好|The seal and safety pin are intact",
                    "MINOR|-|YES|筒体无锈蚀、变形，喷管无老化破损|The body shows no rust or dents; the hose is not cracked",
                    "MINOR|-|YES|检验标签在有效期内|The inspection label is within its date",
                    "MINOR|-|YES|责任人知道其位置并会使用|The responsible person knows where it is and how to use it")),
            new Starter("food-dining", SafetyDomain.FOOD, "餐饮场所食品安全检查", "Dining place food safety check", List.of(
                    "CRITICAL|P|YES|食品经营许可证在有效期内并公示|The food business licence is valid and displayed",
                    "MAJOR|-|YES|从业人员持有效健康证，穿戴工作衣帽|Staff hold valid health certificates and wear work clothes and caps",
                    "CRITICAL|-|NO|发现过期、变质或来源不明的食品原料|Expired, spoiled or untraceable food ingredients found",
                    "MAJOR|-|YES|生熟分开存放，冷藏温度不高于5℃|Raw and cooked food kept apart; fridges at 5 °C or below",
                    "MAJOR|-|YES|餐具按规定清洗消毒并保洁存放|Tableware is washed, disinfected and kept clean",
                    "MAJOR|P|YES|重要接待餐食按规定留样48小时以上|Samples of every dish served at official meals are kept for at least 48 hours",
                    "MINOR|-|YES|防蝇、防鼠、防尘设施完好|Fly, rodent and dust screens are in good order",
                    "MINOR|-|YES|燃气管道、阀门无泄漏，有报警装置|Gas pipes and valves do not leak; a gas alarm is fitted")),
            new Starter("food-hotel", SafetyDomain.FOOD, "接待酒店食品安全评估", "Reception hotel food safety assessment", List.of(
                    "CRITICAL|-|YES|酒店食品经营许可、卫生许可齐全有效|The hotel's food and hygiene licences are complete and valid",
                    "MAJOR|-|YES|近一年无食品安全事故和重大投诉|No food safety incident or serious complaint in the past year",
                    "MAJOR|P|YES|后厨明厨亮灶，卫生状况良好|The kitchen is open to view and clean",
                    "MAJOR|-|YES|食材采购有台账，可追溯|Ingredient purchases are logged and traceable",
                    "MAJOR|-|YES|留样冰箱专用、留样记录完整|A dedicated sample fridge, and complete sample records",
                    "MINOR|-|YES|有食品安全管理员并在岗|A food safety officer is appointed and on duty")),
            new Starter("crowd", SafetyDomain.CROWD, "人员密集与疏散检查", "Crowd and evacuation check", List.of(
                    "CRITICAL|P|YES|入口、出口、主通道宽度符合要求，无占道|Entrances, exits and main aisles are wide enough and not encroached on",
                    "MAJOR|-|YES|入口设置排队隔离栏和分流引导|Queue barriers and separate lanes are set up at entrances",
                    "MAJOR|-|YES|现场人数实时统计，未超过核定容量|Attendance is counted live and stays under the approved capacity",
                    "MAJOR|-|YES|疏散路线图张贴在显著位置|Evacuation maps are posted where people see them",
                    "MINOR|-|YES|安保、志愿者按点位到岗并佩戴证件|Security staff and volunteers are at their posts with badges",
                    "MINOR|-|YES|广播系统可用于紧急疏散通知|The PA system works for emergency announcements",
                    "MAJOR|-|YES|走失儿童、失物招领服务点已设置|A lost-child and lost-property desk is set up")),
            new Starter("electrical", SafetyDomain.ELECTRICAL, "用电安全检查", "Electrical safety check", List.of(
                    "CRITICAL|P|NO|有裸露电线、私拉乱接或电线穿越通道未防护|Bare wires, illegal tapping, or unprotected cables across aisles",
                    "MAJOR|-|YES|展位配电箱装有漏电保护器并测试有效|Booth distribution boxes have residual-current devices that trip when tested",
                    "MAJOR|-|NO|使用大功率电器或超负荷用电|High-power appliances or overloaded circuits in use",
                    "MAJOR|-|YES|照明灯具与可燃物保持安全距离|Lamps are kept a safe distance from flammable materials",
                    "MINOR|-|YES|电工持证上岗，值守到位|Licensed electricians are on duty",
                    "MINOR|-|YES|闭馆后展位电源按规定切断|Booth power is switched off after closing")),
            new Starter("structure", SafetyDomain.STRUCTURE, "展位搭建与结构安全检查", "Booth build-up and structure check", List.of(
                    "CRITICAL|P|YES|特装展位结构稳固，搭建图纸经审核|Special booths are stable and their drawings have been approved",
                    "MAJOR|-|YES|搭建材料为阻燃材料，有检测报告|Build-up materials are fire-retardant, with test reports",
                    "MAJOR|-|NO|展位超高、超出展位范围或占用通道|A booth is too high, beyond its space, or in an aisle",
                    "MAJOR|-|YES|高空作业人员系安全带，现场有监护|Workers at height wear harnesses and are supervised",
                    "MINOR|-|YES|广告牌、吊挂物固定牢靠|Signs and hanging objects are securely fixed",
                    "MINOR|-|YES|布展垃圾及时清运，通道无杂物|Build-up waste is cleared and aisles are free of clutter")),
            new Starter("medical", SafetyDomain.MEDICAL, "医疗保障检查", "Medical cover check", List.of(
                    "MAJOR|-|YES|医疗点设置到位，标识清晰|The first-aid post is set up and clearly signed",
                    "MAJOR|-|YES|医护人员在岗，值班表公示|Medical staff are on duty and the rota is posted",
                    "CRITICAL|-|YES|AED、急救箱、担架齐全可用|AED, first-aid kits and stretchers are complete and working",
                    "MAJOR|-|YES|救护车待命点明确，通道畅通|The ambulance standby point is known and its route is clear",
                    "MINOR|-|YES|与定点医院联络畅通|The designated hospital can be reached",
                    "MINOR|-|YES|常用药品在有效期内|Common medicines are within their dates")),
            new Starter("traffic", SafetyDomain.TRAFFIC, "交通秩序与车辆检查", "Traffic order and vehicle check", List.of(
                    "CRITICAL|-|YES|消防车通道畅通，无车辆占用|Fire engine access lanes are clear of vehicles",
                    "MAJOR|-|YES|停车场有专人指挥，标识清晰|Car parks are marshalled and clearly signed",
                    "MAJOR|P|YES|接送车辆证照齐全、年检有效|Shuttle vehicles have complete papers and a valid annual inspection",
                    "MAJOR|-|YES|驾驶员持证、无酒驾、未疲劳驾驶|Drivers are licensed, sober and rested",
                    "MINOR|-|YES|车内配备灭火器和安全锤|Vehicles carry an extinguisher and an emergency hammer",
                    "MINOR|-|YES|嘉宾接送路线和停靠点已确认|Guest pick-up routes and stops are confirmed")));

    private StarterChecklists() {
    }

    static TemplateItem parse(String line) {
        String[] p = line.split("\\|", 5);
        return new TemplateItem(p[3], p[4], ExpectedAnswer.valueOf(p[2]), "P".equals(p[1]), Severity.valueOf(p[0]));
    }
}
